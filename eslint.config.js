// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

/** Forbids importing from folders a layer must not see. Mirrors "Dependency direction" in ARCHITECTURE.md. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.webnova/**', 'drizzle/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/contracts/**'],
    rules: restrict(
      ['**/kernel/**', '**/server/**', '**/web/**', '**/cli/**'],
      'contracts import nothing of ours',
    ),
  },
  {
    files: ['src/kernel/**'],
    rules: restrict(['**/server/**', '**/web/**', '**/cli/**'], 'kernel sits below server, web and cli'),
  },
  {
    // Zones by resolved file path (not by import text), so a folder such as src/codegen/web, which
    // holds templates, is not mistaken for the web app.
    files: ['src/blueprint/**', 'src/ai/**', 'src/importers/**', 'src/codegen/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // Pure Blueprint logic: shared with the web app, so contracts only (and no I/O, below).
              target: './src/blueprint',
              from: [
                './src/server',
                './src/web',
                './src/cli',
                './src/kernel',
                './src/ai',
                './src/importers',
                './src/codegen',
              ],
              message: 'src/blueprint is pure: it imports only contracts',
            },
            {
              // Providers, importers and the code generator serve both the server and the offline CLI.
              target: ['./src/ai', './src/importers', './src/codegen'],
              from: ['./src/server', './src/web', './src/cli'],
              message: 'providers, importers and codegen sit below the server and the CLI',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/blueprint/**'],
    rules: restrict(['node:*'], 'src/blueprint is pure: no I/O'),
  },
  {
    files: ['src/web/**'],
    rules: restrict(
      ['**/server/**', '**/cli/**', '**/kernel/**', 'node:*'],
      'the web app imports contracts, never server code',
    ),
  },
  {
    files: ['src/cli/**'],
    rules: restrict(
      ['**/server/modules/**', '**/server/db/**', '**/server/http/**'],
      'the CLI talks to a server over HTTP',
    ),
  },
  {
    files: ['src/server/http/**'],
    rules: restrict(['**/modules/**'], 'the HTTP layer reaches modules only through ports wired in main.ts'),
  },
  {
    // A module is used through its index.ts: no reaching into another module's files.
    files: ['src/server/modules/**'],
    rules: restrict(
      ['../*/!(index).js', '../../modules/**', '**/modules/*/!(index).js'],
      "import another module through its index.ts (e.g. '../tenancy/index.js')",
    ),
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**', 'test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
