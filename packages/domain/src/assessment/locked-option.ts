import { htmlText } from '../questions/html-text.js';
import { foldDiacritics } from '../text.js';

/*
 * Options that refer to other options or to the whole list only make sense in their place:
 * "Cả A và B" must stay after A and B, "Tất cả các đáp án trên" must stay last. Matched on the
 * folded text (no tags, no diacritics, lower case, punctuation as spaces), anchored at both ends
 * so an ordinary option such as "Cả hai tam giác đều cân" or "a + b" is not caught.
 */
const LETTER = '[a-h]';
/** "A, B và C" once punctuation is gone: "a b va c". */
const LETTERS = `${LETTER}(?: (?:va |hoac |and |or |nor )?${LETTER})*`;
const VERDICT = '(?:(?:deu )?(?:dung|sai)(?: ca)?|(?:are|is) (?:correct|true|false|incorrect))';
/** "đáp án", "phương án", "ý", "câu (trả lời)" and their English counterparts. */
const ANSWER = '(?:dap an|phuong an|y|cau(?: tra loi)?|answers?|options?)';
const COUNT = '(?:hai|ba|bon|2|3|4)';
const ABOVE = '(?:o )?tren';

const LOCKED_PATTERNS = [
  // A và B · A hoặc B đều đúng · A, B và C đều sai · Both A and B are correct · Neither A nor B
  `(?:ca |both |neither )?${LETTER}(?: ${LETTER})* (?:va|hoac|and|or|nor) ${LETTER}(?: ${VERDICT})?`,
  // Cả A, B · Cả A, B, C, D đều sai
  `ca ${LETTER} ${LETTERS}(?: ${VERDICT})?`,
  // Cả hai · Cả ba đáp án trên · Cả 4 phương án đều đúng · Cả ba phương án A, B, C
  `ca ${COUNT}(?: ${ANSWER})?(?: ${ABOVE})?(?: ${LETTERS})?(?: ${VERDICT})?`,
  // Tất cả · Tất cả các đáp án trên · Tất cả đều đúng · Các đáp án trên đều sai · Mọi phương án trên
  `(?:tat ca|moi|cac)(?: cac)?(?: ${ANSWER})?(?: ${ABOVE})?(?: ${VERDICT})?`,
  // Không có đáp án nào đúng · Không đáp án nào đúng cả · Không có phương án đúng
  `khong (?:co )?${ANSWER}(?: nao)?(?: ${VERDICT})?`,
  // Không phải các đáp án trên · Không phải là tất cả các phương án trên
  `khong phai (?:la )?(?:tat ca )?(?:cac )?${ANSWER} ${ABOVE}`,
  // Đáp án khác · Một phương án khác · Ý kiến khác
  `(?:mot )?(?:${ANSWER}|y kien) khac`,
  // All of the above · None of the above is correct · Both of them
  `(?:all|none|both|neither) of (?:the above|them|these)(?: ${ANSWER})?(?: ${VERDICT})?`,
].map((source) => new RegExp(`^${source}$`));

const foldOption = (html: string) =>
  foldDiacritics(htmlText(html))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Whether an option must keep its place when options are shuffled. */
export function isLockedOption(html: string): boolean {
  const text = foldOption(html);
  return text !== '' && LOCKED_PATTERNS.some((pattern) => pattern.test(text));
}
