/**
 * The built dist/ computes the indicators of a school that keeps a staff register, from the menu, as Apps Script
 * runs it: the same figures as the emulator tests of src (tests/gas/kpi.test.ts), read off the sheets.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadBundle } from "../emulator/vmHost";
import { rowsOf } from "../support/gas";
import { kpiSchoolPerTest } from "../support/kpiSchool";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

const school = kpiSchoolPerTest();

test("«Рассчитать показатели» from dist/: the register's denominators, the figures beside, the staff by name", () => {
  const w = school();
  const host = loadBundle(DIST, w.emu);
  host.open("FULL");
  host.clickMenu("Наставничество", "Рассчитать показатели");
  // The indicators' block is the tab's first (the titles come again below, in the block by academic year).
  const rows = rowsOf(w.ss, "Показатели");
  const row = (title: RegExp) => rows.find((r) => title.test(String(r["Показатель"])));
  // The hand-computed figures of tests/support/kpiSchool.ts (worked out in tests/gas/kpi.test.ts).
  expect(row(/молодых специалистов, вошедших/)).toMatchObject({
    Числитель: 2,
    Знаменатель: 4,
    "Знаменатель взят": "знаменатель — по листу «Педагогический коллектив»",
  });
  expect(row(/участвовавших в конкурсах профессионального мастерства/)).toMatchObject({
    Числитель: 3,
    Знаменатель: 8,
  });
  expect(row(/удовлетворённости наставляемых/)).toMatchObject({
    Числитель: 1,
    Знаменатель: 4,
    "Рядом с основным": "среди ответивших: 1 / 2 = 50 %; ответили на анкету: 2 / 4 = 50 %",
  });
  expect(row(/оставивших профессию/)).toMatchObject({ Числитель: 1, Знаменатель: 3 });
  const counts = rowsOf(w.ss, "Численность участников");
  expect(
    counts
      .filter((r) => r["Разрез"] === "Молодые специалисты вне программ наставничества")
      .map((r) => r["Группа"]),
  ).toEqual(["Громова Елена Викторовна (СТ-0006)", "Лебедев Артём Сергеевич (СТ-0007)"]);
  // The dashboard opened with the same view, the staff block's data in it.
  const page = w.emu.ui.sidebars.at(-1)?.content ?? "";
  expect(page).toContain("Громова Елена Викторовна");
  expect(page).toContain("Педагогов в коллективе");
});
