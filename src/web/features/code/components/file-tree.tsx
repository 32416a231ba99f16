import { ChevronDown, ChevronRight, FileText, Folder, Search } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedFileEntry } from '../../../../contracts/index.js';
import { Input } from '../../../components/ui/input.js';
import { cn } from '../../../lib/cn.js';
import { buildTree, filterFiles, type TreeNode } from '../lib/file-tree.js';

interface FileTreeProps {
  files: GeneratedFileEntry[];
  selectedPath: string | undefined;
  onSelect: (path: string) => void;
}

/** The generated files as folders, with a search that filters by path and opens every matching folder. */
export function FileTree({ files, selectedPath, onSelect }: FileTreeProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  // Top-level folders start open; the rest open on demand.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set(nestedFolders(files)));
  const matching = useMemo(() => filterFiles(files, query), [files, query]);
  const tree = useMemo(() => buildTree(matching), [matching]);
  const searching = query.trim() !== '';
  const toggle = (path: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(path)) next.add(path);
      return next;
    });

  const renderNodes = (nodes: TreeNode[], depth: number) => (
    <ul className="grid gap-px">
      {nodes.map((node) => {
        const indent = { paddingInlineStart: `${depth * 0.875 + 0.5}rem` };
        if (node.kind === 'file') {
          const selected = node.path === selectedPath;
          return (
            <li key={node.path}>
              <button
                type="button"
                style={indent}
                title={node.path}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(node.path)}
                className={cn(
                  'flex w-full items-center gap-1.5 rounded-md py-1 pe-2 text-start text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring',
                  selected && 'bg-accent font-medium text-accent-foreground',
                )}
              >
                <FileText className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
                <span className="truncate" dir="ltr">
                  {node.name}
                </span>
              </button>
            </li>
          );
        }
        const open = searching || !collapsed.has(node.path);
        const Chevron = open ? ChevronDown : ChevronRight;
        return (
          <li key={node.path}>
            <button
              type="button"
              style={indent}
              aria-expanded={open}
              aria-label={t('code.tree.folder', { name: node.path })}
              onClick={() => toggle(node.path)}
              disabled={searching}
              className="flex w-full items-center gap-1.5 rounded-md py-1 pe-2 text-start text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring disabled:cursor-default"
            >
              <Chevron
                className="size-4 shrink-0 text-muted-foreground rtl:-scale-x-100"
                aria-hidden="true"
              />
              <Folder className="size-4 shrink-0 text-primary" aria-hidden="true" />
              <span className="truncate" dir="ltr">
                {node.name}
              </span>
            </button>
            {open ? renderNodes(node.children, depth + 1) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="grid min-h-0 gap-2">
      <div className="relative">
        <Search
          className="pointer-events-none absolute start-2.5 top-2.5 size-4 text-muted-foreground"
          aria-hidden="true"
        />
        <label htmlFor={searchId} className="sr-only">
          {t('code.tree.search')}
        </label>
        <Input
          id={searchId}
          type="search"
          className="ps-8"
          placeholder={t('code.tree.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {searching ? t('code.tree.matches', { count: matching.length, total: files.length }) : null}
      </p>
      <nav aria-label={t('code.tree.label')} className="min-h-0 overflow-auto">
        {matching.length === 0 ? (
          <p className="px-2 py-4 text-sm text-muted-foreground">
            {t('code.tree.noMatches', { query: query.trim() })}
          </p>
        ) : (
          renderNodes(tree, 0)
        )}
      </nav>
    </div>
  );
}

/** Every folder below the top level: collapsed at first so a large project opens readable. */
function nestedFolders(files: GeneratedFileEntry[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    const segments = file.path.split('/');
    for (let depth = 2; depth < segments.length; depth += 1) folders.add(segments.slice(0, depth).join('/'));
  }
  return [...folders];
}
