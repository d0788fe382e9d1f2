/**
 * `npm run deploy`: builds dist/ and pushes it with clasp into the school's own Apps Script project.
 * Needs a real script id in .clasp.json and `npx clasp login` done once (see README).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const project = JSON.parse(readFileSync(join(ROOT, ".clasp.json"), "utf8")) as {
  scriptId?: string;
  rootDir?: string;
};

if (!project.scriptId || project.scriptId.startsWith("REPLACE") || !/^[\w-]{20,}$/.test(project.scriptId)) {
  console.error(
    [
      "В .clasp.json не указан идентификатор скрипта (scriptId).",
      "Откройте таблицу школы → Расширения → Apps Script → Настройки проекта → «Идентификатор скрипта»,",
      'скопируйте его в .clasp.json вместо "REPLACE_WITH_YOUR_SCRIPT_ID" и запустите npm run deploy снова.',
      "",
      "No scriptId in .clasp.json: copy it from the spreadsheet's Extensions → Apps Script → Project settings.",
    ].join("\n"),
  );
  process.exit(1);
}
if (project.rootDir !== "dist") {
  console.error('.clasp.json must have "rootDir": "dist": clasp pushes the built add-on, not the sources.');
  process.exit(1);
}

const step = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step("npm", ["run", "build"]);
step("npx", ["clasp", "push", "--force"]);
console.log("Готово: обновите таблицу, в меню появится «Наставничество». Done: reload the spreadsheet.");
