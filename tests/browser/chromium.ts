import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";

/**
 * Which Chromium the browser tests run. Nothing here downloads a browser:
 *
 * 1. `CHROMIUM` (or the older name `CHROMIUM_PATH`), when set: that file, and an error if it is not executable;
 * 2. Debian's `/usr/bin/chromium`, when installed;
 * 3. the headless Chromium shipped inside the npm package `@sparticuz/chromium` (a dev dependency, so `npm ci`
 *    brings it): its Brotli-packed binary is unpacked once per package version into the temp folder.
 */

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export type ChromiumSource =
  | { readonly kind: "env"; readonly variable: "CHROMIUM" | "CHROMIUM_PATH"; readonly path: string }
  | { readonly kind: "system"; readonly path: string }
  | { readonly kind: "package" };

/** The choice itself, apart from the file system, so its order can be tested. */
export function chooseChromium(
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (path: string) => boolean,
): ChromiumSource {
  for (const variable of ["CHROMIUM", "CHROMIUM_PATH"] as const) {
    const path = env[variable];
    if (path === undefined || path === "") continue;
    if (!isExecutable(path)) {
      throw new Error(
        `${variable}=${path} is not an executable file: point it at a Chromium binary, or unset it to use ` +
          `${SYSTEM_CHROMIUM} or the Chromium of the @sparticuz/chromium package`,
      );
    }
    return { kind: "env", variable, path };
  }
  if (isExecutable(SYSTEM_CHROMIUM)) return { kind: "system", path: SYSTEM_CHROMIUM };
  return { kind: "package" };
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of the Chromium to launch, unpacking the package's one if it comes to that. */
export async function chromiumPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string> {
  const source = chooseChromium(env, isExecutable);
  return source.kind === "package" ? unpackPackagedChromium() : source.path;
}

/** Where the package keeps its files (`bin/chromium.br`), found from its entry point, and its version. */
export function packagedChromium(): { readonly packed: string; readonly version: string } {
  // The entry point is <package>/build/cjs/index.cjs; the package exports no package.json of its own.
  const root = join(dirname(require.resolve("@sparticuz/chromium")), "..", "..");
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  return { packed: join(root, "bin", "chromium.br"), version };
}

/**
 * Unpacks the package's Chromium into `<tmp>/mentor-base-chromium-<version>/chromium` unless it is there already.
 * Each caller writes its own temporary file and renames it into place, so test files started at once in several
 * workers never run a half-written binary (the package's own `executablePath()` checks only that its target
 * exists, which a concurrent unpack makes true before the file is complete).
 */
export async function unpackPackagedChromium(into = tmpdir()): Promise<string> {
  const { packed, version } = packagedChromium();
  const dir = join(into, `mentor-base-chromium-${version}`);
  const target = join(dir, "chromium");
  if (isExecutable(target)) return target;
  mkdirSync(dir, { recursive: true });
  const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    await pipeline(
      createReadStream(packed),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return target;
}
