import type { GeneratedFileEntry } from '../../../../contracts/index.js';

export interface TreeFile {
  kind: 'file';
  name: string;
  path: string;
  size: number;
}

export interface TreeFolder {
  kind: 'folder';
  name: string;
  path: string;
  children: TreeNode[];
}

export type TreeNode = TreeFile | TreeFolder;

/** Files whose path contains the query, ignoring case; all of them for a blank query. */
export function filterFiles(files: GeneratedFileEntry[], query: string): GeneratedFileEntry[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return files;
  return files.filter((file) => file.path.toLowerCase().includes(needle));
}

/** Folders from the `/`-separated paths: folders first, then files, each by name. */
export function buildTree(files: GeneratedFileEntry[]): TreeNode[] {
  const root: TreeFolder = { kind: 'folder', name: '', path: '', children: [] };
  for (const file of files) {
    const segments = file.path.split('/');
    let folder = root;
    segments.slice(0, -1).forEach((segment, index) => {
      const path = segments.slice(0, index + 1).join('/');
      let next = folder.children.find(
        (child): child is TreeFolder => child.kind === 'folder' && child.name === segment,
      );
      if (!next) {
        next = { kind: 'folder', name: segment, path, children: [] };
        folder.children.push(next);
      }
      folder = next;
    });
    folder.children.push({
      kind: 'file',
      name: segments[segments.length - 1] ?? file.path,
      path: file.path,
      size: file.size,
    });
  }
  sortFolder(root);
  return root.children;
}

function sortFolder(folder: TreeFolder): void {
  folder.children.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1,
  );
  folder.children.forEach((child) => {
    if (child.kind === 'folder') sortFolder(child);
  });
}
