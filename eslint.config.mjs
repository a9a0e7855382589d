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
    // Tests sit outside the layers: they build their worlds with testing/factories, which uses lib/.
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    // The layers (docs/architecture.md): app -> components -> lib -> db, never back up. A component takes its
    // server action as a prop or from lib/, never from app/; db/ is a leaf. testing/ and e2e/ sit outside.
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./db", from: ["./lib", "./components", "./app", "./testing"], message: "db/ is the bottom layer: it imports nothing above it." },
            { target: "./lib", from: ["./components", "./app"], message: "lib/ sits below components/ and app/: pass what it needs down, or move the code into lib/." },
            { target: "./components", from: "./app", message: "A component takes its server action as a prop or imports it from lib/actions, never from app/." },
          ],
        },
      ],
    },
  },
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "public/sw.js", ".test-artifacts/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
