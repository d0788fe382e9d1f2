export * from "./journey";
export * from "./rules";
export * from "./view";
