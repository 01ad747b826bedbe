/** Lower-case extension without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Native programs, installers and packages: refused at top level and inside zips. */
// biome-ignore format: a word list reads better packed
const BINARY_EXECUTABLES = new Set([
  'exe', 'dll', 'msi', 'msp', 'msix', 'appx', 'com', 'scr', 'cpl', 'sys', 'drv', 'ocx', 'pif',
  'so', 'dylib', 'elf', 'run', 'app', 'apk', 'aab', 'xapk', 'dex', 'ipa', 'jar', 'class',
  'deb', 'rpm', 'dmg', 'pkg', 'lnk', 'reg', 'gadget', 'hta', 'chm', 'swf',
]);

/** Scripts that Windows or a shell runs on double click; refused when the content is text. */
// biome-ignore format: a word list reads better packed
const SCRIPTS = new Set([
  'bat', 'cmd', 'ps1', 'psm1', 'psd1', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'ws', 'sh', 'bash',
  'zsh', 'csh', 'ksh', 'command', 'scf', 'url', 'inf', 'msc',
]);

export function isExecutableName(fileName: string): boolean {
  const extension = extensionOf(fileName);
  return BINARY_EXECUTABLES.has(extension) || SCRIPTS.has(extension);
}

/** Inside an HTML5 package, .js is the package's own code, run by the browser sandbox. */
export function isExecutableInHtml5Package(fileName: string): boolean {
  const extension = extensionOf(fileName);
  return extension !== 'js' && (BINARY_EXECUTABLES.has(extension) || SCRIPTS.has(extension));
}

/** What an HTML5 simulation package may contain: web code and assets, nothing else. */
// biome-ignore format: a word list reads better packed
const HTML5_ALLOWED = new Set([
  'html', 'htm', 'xhtml', 'js', 'mjs', 'css', 'map', 'json', 'xml', 'xsd', 'dtd', 'txt', 'md', 'csv', 'wasm',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico', 'bmp', 'cur',
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  'mp3', 'ogg', 'oga', 'wav', 'm4a', 'aac', 'opus', 'flac', 'mp4', 'webm', 'ogv', 'm4v', 'vtt',
  'glb', 'gltf', 'obj', 'mtl', 'bin', 'atlas', 'fnt', 'pdf',
]);

export function isAllowedInHtml5Package(fileName: string): boolean {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  // Dot files such as .DS_Store or .htaccess carry nothing the browser needs.
  if (base.startsWith('.')) return false;
  return HTML5_ALLOWED.has(extensionOf(fileName));
}

// biome-ignore format: a word list reads better packed
const NESTED_ARCHIVES = new Set(['zip', 'rar', '7z', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'zst', 'cab', 'iso', 'lz', 'lzh']);

export function isArchiveName(fileName: string): boolean {
  return NESTED_ARCHIVES.has(extensionOf(fileName));
}

const TEXT_MIME_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
  tex: 'application/x-tex',
};

/** For text content the name only picks the flavour of text; it never makes binary data "text". */
export function textMimeForName(fileName: string): { mime: string; extension: string } {
  const extension = extensionOf(fileName);
  const mime = TEXT_MIME_BY_EXTENSION[extension];
  return mime ? { mime, extension } : { mime: 'text/plain', extension: 'txt' };
}
