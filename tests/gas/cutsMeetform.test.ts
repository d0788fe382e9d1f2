import { testCuts } from "../support/cutActions";

/** The mentor's meeting journal: sending the links and collecting the meetings, stopped at any sampled call, then run again, end as a clean run (tests/support/cutActions.ts). */
describe("a stop at any call", () => {
  testCuts("meetform");
});
