/** The live runner's menu and its sheet «Совместимость», shared by live.ts and the tests that read the sheet. */
export const MENU = "Проверка совместимости";
export const MENU_ITEM = "Запустить проверки";
export const SHEET = "Совместимость";
export const PASSED = "прошла";
export const FAILED = "не прошла";
export const NOT_RUN = "не запущена";
export const HEADER = [
  "Набор / Suite",
  "Проверка / Check",
  "Результат / Result",
  "Текст ошибки (Google) / Error text",
  "мс / ms",
];
