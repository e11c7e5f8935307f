// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Full zod is ≈ 23 KB gzip; the browser bundles use zod/mini. */
const zodMiniOnly = { name: 'zod', message: "Use 'zod/mini' to keep browser bundles small." };

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'Do not commit .only tests.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [zodMiniOnly] }],
    },
  },
  {
    // Browser tests wait with a ceiling that holds on a busy machine (test/support/wait.ts).
    files: ['packages/widget/test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            zodMiniOnly,
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message:
                "Use waitUntil from test/support/wait.ts: @open-wc's gives up after 1 s, too soon on a busy machine.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
