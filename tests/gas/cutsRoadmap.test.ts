import { testCuts } from "../support/cutActions";

/** «План работы» (its first run on a base) and «Выполнено» on its sidebar: a stop at any sampled call, then a re-run, ends as a clean run (tests/support/cutActions.ts). */
describe("a stop at any call", () => {
  testCuts("roadmap");
});
