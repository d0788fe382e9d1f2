export * from "./autotick";
export * from "./builtin";
export * from "./deadline";
export * from "./items";
export * from "./nextYear";
export * from "./reminders";
