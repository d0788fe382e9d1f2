/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2020" } }],
    // marked (the build's Markdown reader) ships only as an ES module: compiled to CommonJS for jest.
    "/node_modules/marked/.+\\.js$": [
      "@swc/jest",
      { jsc: { target: "es2020" }, module: { type: "commonjs" } },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!marked/)"],
  testTimeout: 60000,
};
