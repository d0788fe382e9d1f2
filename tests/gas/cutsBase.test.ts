import { testCuts } from "../support/cutActions";

/** «Создать / обновить базу», «Проверить базу», «Подтвердить пары», «Добавить выбранных в наставляемые»: a stop at any sampled call, then a re-run, ends as a clean run (tests/support/cutActions.ts). */
describe("a stop at any call", () => {
  testCuts("base");
});
