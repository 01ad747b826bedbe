const ENTRY_PAGES = ['index.html', 'index.htm'];

/**
 * The page an HTML5 package opens with: `index.html` at the root, or inside the single top
 * folder when the whole package was zipped from its parent folder (`bai-1/index.html`).
 * Names are compared case-insensitively (Windows zips say `Index.html`).
 */
export function findEntryPage(filePaths: readonly string[]): string | undefined {
  const atRoot = filePaths.find((path) => ENTRY_PAGES.includes(path.toLowerCase()));
  if (atRoot) return atRoot;
  const tops = new Set(filePaths.filter((path) => !isJunk(path)).map((path) => path.split('/')[0]));
  if (tops.size !== 1) return undefined;
  const [top] = tops;
  return filePaths.find((path) => {
    const parts = path.split('/');
    return parts.length === 2 && parts[0] === top && ENTRY_PAGES.includes((parts[1] ?? '').toLowerCase());
  });
}

/** Folders that macOS and Windows add to zips; they do not count as a second top folder. */
export function isJunk(path: string): boolean {
  const top = path.split('/')[0] ?? '';
  const base = path.slice(path.lastIndexOf('/') + 1);
  return top === '__MACOSX' || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini';
}
