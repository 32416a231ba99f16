import { code } from '../code.js';
import type { GeneratedFile } from '../generated-file.js';
import type { CodegenModel } from '../model/index.js';
import { jsonFile, sourceFile } from './source-file.js';

/** package.json, tsconfig.json, vitest.config.ts and .gitignore of the generated project. */
export function projectFiles(model: CodegenModel): GeneratedFile[] {
  return [
    jsonFile('package.json', {
      name: model.slug,
      version: '1.0.0',
      private: true,
      description: model.blueprint.description || model.name,
      type: 'module',
      engines: { node: '>=20.19' },
      scripts: {
        // The web app is bundled first so that `npm start` alone serves the whole platform.
        start: 'npm run build:web --silent && tsx src/server/main.ts',
        test: 'vitest run',
        typecheck: 'tsc --noEmit -p tsconfig.json && tsc --noEmit -p web/tsconfig.json',
        'build:web': 'tsx web/build.ts',
        seed: 'tsx src/server/seed/main.ts',
      },
      dependencies: {
        '@electric-sql/pglite': '^0.5.16',
        '@node-rs/argon2': '^2.2.1',
        'drizzle-orm': '^0.45.4',
        esbuild: '^0.28.2',
        express: '^5.3.0',
        pg: '^8.23.1',
        react: '^19.3.1',
        'react-dom': '^19.3.1',
        tsx: '^4.23.15',
        zod: '^4.6.7',
      },
      devDependencies: {
        '@types/express': '^5.0.6',
        '@types/node': '^20.19.43',
        '@types/pg': '^8.23.1',
        '@types/react': '^19.3.0',
        '@types/react-dom': '^19.3.0',
        typescript: '^6.0.3',
        vitest: '^4.1.12',
      },
    }),
    jsonFile('tsconfig.json', {
      compilerOptions: {
        target: 'ES2023',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        jsx: 'react-jsx',
        strict: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        isolatedModules: true,
        esModuleInterop: true,
        skipLibCheck: true,
        forceConsistentCasingInFileNames: true,
        types: ['node'],
        noEmit: true,
      },
      // The web app has its own tsconfig (web/tsconfig.json): browser types, no Node.
      include: ['src', 'test', '*.ts'],
    }),
    sourceFile(
      model,
      'vitest.config.ts',
      code`
        import { defineConfig } from 'vitest/config';

        export default defineConfig({
          test: {
            include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
            // Migrates one template database per run; each file then starts its server on a copy of it.
            globalSetup: ['test/support/database-template.ts'],
            // Every file has its own server and database, so workers may keep loaded modules between files:
            // the PGlite WebAssembly is then compiled once per thread rather than once per file.
            pool: 'threads',
            isolate: false,
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        });
      `,
    ),
    { path: '.gitignore', content: 'node_modules/\ndata/\ndist/\n.env\n' },
    jsonFile('.prettierrc.json', { singleQuote: true, printWidth: 110, trailingComma: 'all' }),
  ];
}
