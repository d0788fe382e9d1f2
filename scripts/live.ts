/**
 * `npm run test:live`: builds the live contract bundle into dist-live/ (the contract suites and their runner,
 * tests/contract/live.ts, with the add-on's own manifest scopes) and pushes it with clasp into the scratch
 * spreadsheet's script named in .clasp.live.json. Then, in that spreadsheet: «Проверка совместимости» →
 * «Запустить проверки». Steps: docs/live-tests.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildServer } from "./build";

const ROOT = join(__dirname, "..");
const RUNNER = join(ROOT, "tests/contract/live.ts");
const PROJECT = ".clasp.live.json";
const OUT = "dist-live";

/**
 * What the runner itself needs beyond the contracts: its menu, and writing results into the scratch spreadsheet.
 * Everything else comes from the add-on's appsscript.json, so a live run proves the add-on's scopes suffice.
 */
export const RUNNER_SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
];

interface Manifest {
  oauthScopes?: string[];
  [key: string]: unknown;
}

/** The live manifest: the add-on's own (read now, at build time) with the runner's scopes added. */
export function liveManifest(root: Manifest): Manifest {
  const scopes = [...(root.oauthScopes ?? [])];
  for (const s of RUNNER_SCOPES) if (!scopes.includes(s)) scopes.push(s);
  return { ...root, oauthScopes: scopes };
}

/** Builds dist-live/ (or outDir): Code.js and appsscript.json. Returns the files and the bundle's functions. */
export async function buildLive(
  outDir: string = join(ROOT, OUT),
): Promise<{ files: string[]; functions: string[] }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { code, functions } = await buildServer(RUNNER, "ContractRunner");
  writeFileSync(join(outDir, "Code.js"), code);
  const root = JSON.parse(readFileSync(join(ROOT, "appsscript.json"), "utf8")) as Manifest;
  writeFileSync(join(outDir, "appsscript.json"), `${JSON.stringify(liveManifest(root), null, 2)}\n`);
  return { files: ["Code.js", "appsscript.json"], functions };
}

/** The reason .clasp.live.json cannot be used, or null when it can. */
export function projectProblem(path: string): string | null {
  if (!existsSync(path)) return `${PROJECT} not found`;
  let project: { scriptId?: unknown; rootDir?: unknown };
  try {
    project = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return `${PROJECT} is not valid JSON`;
  }
  if (
    typeof project.scriptId !== "string" ||
    project.scriptId.startsWith("REPLACE") ||
    !/^[\w-]{20,}$/.test(project.scriptId)
  ) {
    return `${PROJECT} has no scriptId`;
  }
  if (project.rootDir !== OUT) return `${PROJECT} must have "rootDir": "${OUT}"`;
  return null;
}

const HOW_TO = [
  "Чтобы запустить проверки в Google, нужен скрипт пустой тестовой таблицы:",
  "  1. Создайте новую таблицу (не таблицу школы!) → Расширения → Apps Script → Настройки проекта →",
  "     скопируйте «Идентификатор скрипта».",
  `  2. cp .clasp.live.example.json ${PROJECT} и впишите его в "scriptId" (файл не попадает в git).`,
  "  3. npx clasp login (один раз), затем снова npm run test:live.",
  "Подробно: docs/live-tests.md.",
  "",
  `To run the contracts in Google, copy .clasp.live.example.json to ${PROJECT} and put the script id of a`,
  "scratch spreadsheet's Apps Script project (Extensions → Apps Script → Project settings) into it;",
  "then `npx clasp login` once and `npm run test:live` again. Steps: docs/live-tests.md.",
].join("\n");

async function main(): Promise<void> {
  const problem = projectProblem(join(ROOT, PROJECT));
  if (problem) {
    console.error(`${problem}.\n\n${HOW_TO}`);
    process.exit(1);
  }
  const { functions } = await buildLive();
  const size = statSync(join(ROOT, OUT, "Code.js")).size;
  console.log(`${OUT}/Code.js ${(size / 1024).toFixed(1)} KB, functions: ${functions.join(", ")}`);
  const r = spawnSync("npx", ["clasp", "-P", PROJECT, "push", "--force"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(
    "Готово: откройте тестовую таблицу, обновите страницу, меню «Проверка совместимости» → «Запустить проверки».\n" +
      "Done: reload the scratch spreadsheet and run «Проверка совместимости» → «Запустить проверки».",
  );
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
