/** Groups of HTML element names that the readers and writers of question HTML treat alike. */
export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
export const LISTS = ['ul', 'ol', 'li'];
export const TABLE_PARTS = ['caption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'];
/** The inline marks a question's HTML keeps: bold, italic, underline, strike-through, sub/superscript, code. */
export const TEXT_MARKS = ['strong', 'em', 'u', 's', 'sub', 'sup', 'code'];
