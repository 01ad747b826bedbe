import type { Page } from 'playwright-core';

/** Letters English never uses: ă â đ ê ô ơ ư and the tone marks (lower case; texts are lowered). */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/;

/**
 * Vietnamese that English mode keeps on purpose (the web's dictionary test lists the same keys): a
 * language's own name, and literals a user must find as written (the import workbook's sheet names,
 * the Word template's "Câu 1.", a printed header, a place in an official document's title).
 */
const KEPT_VIETNAMESE = [
  'Tiếng Việt',
  'Phòng GDĐT, Trường, Tài khoản cán bộ, Lớp, Giáo viên, Học sinh',
  '“Câu 1.”',
  'PHÒNG GDĐT',
  'Quảng Bình',
];

/**
 * Texts the API sent that are UI wording rather than user data: the export's Vietnamese formula
 * and error messages. Everything else the API sends (names, titles, question text…) is user data.
 */
const WORDING_KEYS = new Set(['formula', 'message', 'summary']);

const decodeEntities = (html: string) =>
  html
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Collects every string of the page's JSON API responses: the user data the page may show. */
export function collectApiData(page: Page): Set<string> {
  const data = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (WORDING_KEYS.has(key) || !VIETNAMESE_LETTER.test(value.toLowerCase())) return;
      data.add(value.normalize('NFC').trim());
      // Question content is HTML with $…$ formulas: the page shows its pieces as separate texts.
      for (const piece of decodeEntities(value).split(/<[^>]*>|\$\$?[^$]*\$\$?/))
        if (VIETNAMESE_LETTER.test(piece.toLowerCase())) data.add(piece.normalize('NFC').trim());
    } else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  page.on('response', async (response) => {
    if (!response.url().includes('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('application/json')) return;
    walk(await response.json().catch(() => null));
  });
  return data;
}

/**
 * The visible texts (and the accessible names and placeholders a screen reader or an empty field
 * shows), skipping elements marked translate="no" (the HTML attribute for "not to be translated").
 */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skip = (element: Element | null) =>
      !element ||
      element.closest('[translate="no"], script, style, noscript, .katex') !== null ||
      !element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !skip(node.parentElement)) out.push(text);
    }
    for (const element of Array.from(document.querySelectorAll('[aria-label], [placeholder], [title]'))) {
      if (element.closest('[translate="no"]')) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/**
 * What is left of each visible text once the user data in it is taken out; the texts that still
 * have a Vietnamese letter are leftovers of Vietnamese wording in English mode.
 */
export async function englishLeftovers(page: Page, data: Set<string>): Promise<string[]> {
  const known = [...data, ...KEPT_VIETNAMESE].filter((d) => d.length > 1).sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const raw of await visibleTexts(page)) {
    let text = raw.normalize('NFC');
    if (!VIETNAMESE_LETTER.test(text.toLowerCase())) continue;
    for (const d of known) if (text.includes(d)) text = text.split(d).join(' ');
    if (VIETNAMESE_LETTER.test(text.toLowerCase())) found.add(raw);
  }
  return [...found];
}
