import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const ZOD_AS_NAMESPACE = {
  selector: "ImportDeclaration[source.value='@/lib/validations/zod'] > ImportSpecifier[imported.name='z']",
  message:
    'Use `import * as z from "@/lib/validations/zod"`: zod\'s `z` object holds all of zod, and a page that imports it ships all of it.',
};

// A page's first Intl number format loads ICU's number data (15–19 ms of main thread here).
const WITHOUT_INTL =
  "Write numbers with formatNumber (lib/format/number.ts), which gives Intl's en-US output without Intl.";
const NUMBERS_WITHOUT_INTL = [
  { selector: "CallExpression[callee.property.name='toLocaleString']", message: WITHOUT_INTL },
  { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']", message: WITHOUT_INTL },
];

export default [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "import/no-anonymous-default-export": "off",
      // Schemas are built with zod from lib/validations/zod.ts, which configures zod for the CSP
      // first, imported as a namespace so the bundler can leave out what no schema uses.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              allowTypeImports: true,
              message:
                'Import zod as `import * as z from "@/lib/validations/zod"` (it configures zod for the Content-Security-Policy).',
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ZOD_AS_NAMESPACE, ...NUMBERS_WITHOUT_INTL],
    },
  },
  {
    files: ["lib/validations/zod.ts", "lib/env.mjs", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Tests check formatNumber against Intl itself, and the e2e scripts run in Node, not in a page.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: { "no-restricted-syntax": ["error", ZOD_AS_NAMESPACE] },
  },
];
