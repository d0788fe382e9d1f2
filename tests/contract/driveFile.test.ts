import { gasWorld } from "../support/gas";
import driveFile from "./driveFile.contract";

/**
 * The Drive contract suite on the emulator, with the manifest's scopes (drive.file). The contract helper's runner
 * runs every suite of tests/contract/index.ts the same way; this runs this one suite until the lead merges them.
 */
let w: ReturnType<typeof gasWorld>;
beforeEach(() => {
  w = gasWorld();
  // What the live tester sets by hand: a Doc made outside the add-on (never picked).
  const foreign = w.emu.drive.userDocument("Сделан вручную", "x");
  w.emu.globals.PropertiesService.getScriptProperties().setProperty(
    "mentor-base.contract.foreignFile",
    foreign,
  );
});
afterEach(() => w.uninstall());

describe(driveFile.name, () => {
  for (const c of driveFile.checks)
    test(c.name, () => {
      const before = w.emu.drive.files().filter((f) => !f.trashed).length;
      w.run(c.run);
      // It cleans up after itself.
      expect(w.emu.drive.files().filter((f) => !f.trashed)).toHaveLength(before);
    });
});
