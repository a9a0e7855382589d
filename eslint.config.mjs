import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { key, ...row } = entry` is how we drop a field; the dropped name is not a mistake.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "public/sw.js", ".test-artifacts/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
