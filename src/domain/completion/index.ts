export * from "./completion";
