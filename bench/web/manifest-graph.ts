/**
 * Reads Vite's build manifest as a graph: what the first page loads (the HTML entry and its static imports,
 * transitively) and what only a dynamic import brings in. Pure: the manifest in, chunk keys out.
 */

/** One entry of `.vite/manifest.json` (the fields this bench reads; Vite's `ManifestChunk`). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface ChunkGraph {
  /** The HTML entry's key (`index.html`). */
  entry: string;
  /** Keys of the JS chunks the first page loads: the entry and everything it imports statically. */
  initial: string[];
  /** Keys of the JS chunks only reachable through a dynamic import, with their own static imports. */
  lazy: string[];
  /** CSS files the initial chunks carry (what the HTML links). */
  initialCss: string[];
  /** CSS files only lazy chunks carry. */
  lazyCss: string[];
  /** JS chunks the entry cannot reach at all (none are expected; reported rather than hidden). */
  unreachable: string[];
}

export function readChunkGraph(manifest: Manifest, entry = 'index.html'): ChunkGraph {
  if (!manifest[entry]?.isEntry) throw new Error(`The manifest has no entry "${entry}"`);
  const initial = staticClosure(manifest, [entry], new Set());
  const lazy = new Set<string>();
  // Dynamic imports of any reached chunk, initial or lazy, start lazy closures; what the first page
  // already holds is not counted again.
  const pending = [...initial].flatMap((key) => chunk(manifest, key).dynamicImports ?? []);
  while (pending.length > 0) {
    const root = pending.pop() as string;
    if (initial.has(root) || lazy.has(root)) continue;
    for (const key of staticClosure(manifest, [root], initial)) {
      lazy.add(key);
      pending.push(...(chunk(manifest, key).dynamicImports ?? []));
    }
  }
  const initialCss = unique([...initial].flatMap((key) => chunk(manifest, key).css ?? []));
  const lazyCss = unique([...lazy].flatMap((key) => chunk(manifest, key).css ?? [])).filter(
    (file) => !initialCss.includes(file),
  );
  const unreachable = Object.keys(manifest).filter(
    (key) => manifest[key]?.file.endsWith('.js') && !initial.has(key) && !lazy.has(key),
  );
  return { entry, initial: [...initial], lazy: [...lazy], initialCss, lazyCss, unreachable };
}

/** `roots` and every chunk they import statically, skipping (and not walking through) `known`. */
function staticClosure(manifest: Manifest, roots: string[], known: ReadonlySet<string>): Set<string> {
  const reached = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (reached.has(key) || known.has(key)) continue;
    reached.add(key);
    pending.push(...(chunk(manifest, key).imports ?? []));
  }
  return reached;
}

function chunk(manifest: Manifest, key: string): ManifestChunk {
  const found = manifest[key];
  if (!found) throw new Error(`The manifest refers to "${key}" but has no such entry`);
  return found;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
