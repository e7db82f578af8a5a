import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

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
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='@/lib/validations/zod'] > ImportSpecifier[imported.name='z']",
          message:
            'Use `import * as z from "@/lib/validations/zod"`: zod\'s `z` object holds all of zod, and a page that imports it ships all of it.',
        },
      ],
    },
  },
  {
    files: ["lib/validations/zod.ts", "lib/env.mjs", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];
