import { testCuts } from "../support/cutActions";

/** «Завершить пару»: a stop at any sampled call, then a re-run, ends as a clean run (tests/support/cutActions.ts). */
describe("a stop at any call", () => {
  testCuts("completion");
});
