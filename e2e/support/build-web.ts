import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT_INDEX = path.join(ROOT, 'dist/web/index.html');
/** What the web build is made from; a change in any of them makes dist/web stale. */
const SOURCES = [
  path.join(ROOT, 'src/web'),
  path.join(ROOT, 'src/contracts'),
  path.join(ROOT, 'vite.config.ts'),
];

function newestModification(target: string): number {
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestModification(path.join(target, entry))),
    stats.mtimeMs,
  );
}

function builtAt(): number {
  try {
    return statSync(BUILT_INDEX).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds the web app into dist/web unless the build is newer than every source (a build takes ~5 s). */
export async function buildWebIfStale(): Promise<void> {
  const sourcesChangedAt = Math.max(...SOURCES.map(newestModification));
  if (builtAt() > sourcesChangedAt) return;
  // Vitest sets NODE_ENV=test, with which Vite would build React's development bundle: the browser
  // tests should see what people get from `npm start`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
