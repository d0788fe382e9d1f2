import { gasWorld } from "../support/gas";
import driveFile from "./driveFile.contract";

/**
 * The Drive contract suite on the emulator, with the manifest's scopes (drive.file), as a live tester sets it up:
 * a Doc made by hand outside the add-on is named in the script properties (contracts.test.ts runs the same suite
 * without it, as a first live run would). Every check also leaves Drive as it found it.
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
