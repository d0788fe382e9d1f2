/**
 * The built dist/ runs «Портфолио наставников» from the menu as Apps Script runs it: a portfolio for each mentor
 * with a pair this academic year, listed once on «Документы»; chosen again, nothing new.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBundle } from "../emulator/vmHost";
import { gasWorld, rowsOf } from "../support/gas";
import { confirmedSchool } from "../support/school";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

test("«Портфолио наставников» from dist/: one portfolio per mentor with a pair, listed once; again: none more", () => {
  const w = gasWorld({ start: Date.UTC(2027, 4, 30, 7, 0) });
  try {
    confirmedSchool(w);
    const mentors = new Set(
      rowsOf(w.ss, "Пары и группы")
        .filter((r) => r.ID !== "")
        .map((r) => String(r["ID наставника"])),
    );
    const host = loadBundle(DIST, w.emu);
    host.open("FULL");
    host.clickMenu("Наставничество", "Портфолио наставников");
    expect(w.emu.ui.alerts.at(-1)).toMatchObject({ title: "Портфолио наставников" });
    expect(w.emu.ui.alerts.at(-1)?.prompt).toContain(`сделано ${mentors.size}`);
    host.clickMenu("Наставничество", "Портфолио наставников");
    expect(w.emu.ui.alerts.at(-1)?.prompt).toContain("Новых портфолио делать не нужно");
    const listed = rowsOf(w.ss, "Документы").filter((r) => r["Вид"] === "портфолио");
    expect(listed).toHaveLength(mentors.size);
    for (const row of listed) expect(String(row["Название"])).toMatch(/^Портфолио .+ 2026-2027$/);
  } finally {
    w.uninstall();
  }
});
