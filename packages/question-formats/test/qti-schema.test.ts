import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportedQuestion } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { openPackage } from '../src/docx/package-parts.js';
import { LISTS, TABLE_PARTS, TEXT_MARKS } from '../src/html-elements.js';
import { exportQuestions } from '../src/index.js';
import { attr, childElements, descendants, parseXml } from '../src/xml.js';
import { choices, credited, question, shortAnswer, statements } from '../testing/index.js';

const SCHEMAS = fileURLToPath(new URL('./schemas/', import.meta.url));
const CP_XSD = 'imsqtiv3p0_imscpv1p2_v1p0.xsd';
const QTI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

const questions: ImportedQuestion[] = [
  question('Câu 2', {
    type: 'single_choice',
    stem: 'Giá trị của <span class="math" data-latex="\\sqrt{49}"></span> là',
    options: choices('A', '7', '−7'),
  }),
  question('Câu 8', {
    type: 'single_choice',
    level: 'biet',
    stem: '<p style="color:red">Chọn <span class="math" data-latex="\\frac{1}{2}"></span></p>',
    options: [
      { label: 'A', html: 'Một nửa', correct: true, feedback: 'Đúng.' },
      { label: 'B', html: 'Một phần ba', correct: false, credit: 0.5 },
    ],
    feedback: { correct: 'Giỏi.', incorrect: 'Xem lại.' },
    metadata: { tags: ['phân số'], points: 0.25 },
  }),
  question('Câu 9', {
    type: 'short_answer',
    stem: 'Tính',
    answer: shortAnswer(['1.41'], 0.01, credited('1.4', 0.5)),
  }),
  question('Câu 10', {
    type: 'essay',
    stem: 'Trình bày cách so sánh hai phân số khác mẫu.',
    rubric: '<p>Nêu đúng quy tắc (1 điểm).</p>',
  }),
  question('Câu 11', {
    type: 'group',
    stem: '<p>Bảng số học sinh giỏi:</p><table><tr><th>Năm</th><th>Số</th></tr><tr><td>2024</td><td>12</td></tr></table>',
    children: [
      question('Câu 11.1', {
        type: 'true_false_group',
        stem: 'Xét các khẳng định:',
        statements: statements(
          'ĐSĐS',
          'Có 12 học sinh giỏi.',
          'Có 10 học sinh giỏi.',
          'Số liệu của năm 2024.',
          'Bảng có ba cột.',
        ),
      }),
      question('Câu 11.2', {
        type: 'short_answer',
        stem: 'Số học sinh giỏi?',
        answer: { accepted: ['12'], tolerance: null },
      }),
    ],
  }),
];

async function exported() {
  const file = await exportQuestions(questions, 'qti3');
  const pkg = await openPackage(file.bytes);
  if (!pkg.ok) throw new Error(pkg.code);
  const text = async (path: string) => (await pkg.read(path))?.toString('utf8') ?? '';
  const items = pkg.paths.filter((p) => p.startsWith('items/') || p.startsWith('stimuli/'));
  return {
    manifest: await text('imsmanifest.xml'),
    items: await Promise.all(items.map(async (p) => [p, await text(p)] as const)),
  };
}

/** Elements an exported item or stimulus may use (QTI 3.0 names and its XHTML subset). */
const ALLOWED = new Set([
  ...['qti-assessment-item', 'qti-assessment-stimulus', 'qti-stimulus-body', 'qti-assessment-stimulus-ref'],
  ...['qti-response-declaration', 'qti-outcome-declaration', 'qti-correct-response', 'qti-default-value'],
  ...['qti-value', 'qti-mapping', 'qti-map-entry', 'qti-item-body', 'qti-prompt', 'qti-choice-interaction'],
  ...['qti-simple-choice', 'qti-text-entry-interaction', 'qti-extended-text-interaction'],
  ...['qti-feedback-inline', 'qti-rubric-block', 'qti-feedback-block', 'qti-modal-feedback'],
  ...['qti-content-body', 'qti-response-processing'],
  ...['qti-response-condition', 'qti-response-if', 'qti-response-else-if', 'qti-response-else', 'qti-match'],
  ...['qti-and', 'qti-variable', 'qti-correct', 'qti-base-value', 'qti-set-outcome-value'],
  ...['qti-map-response', 'qti-is-null', 'qti-equal', 'qti-gte', 'qti-gt'],
  ...['p', 'div', 'span', 'br', 'img', 'a', 'pre', ...TEXT_MARKS, ...LISTS, ...TABLE_PARTS],
]);
const ITEM_ORDER = [
  'qti-response-declaration',
  'qti-outcome-declaration',
  'qti-assessment-stimulus-ref',
  'qti-item-body',
  'qti-response-processing',
  'qti-modal-feedback',
];

function all(root: Element): Element[] {
  const found: Element[] = [root];
  for (const child of childElements(root)) found.push(...all(child));
  return found;
}

describe('QTI 3.0 export against the schema', () => {
  it('writes a manifest valid against the QTI 3.0 content-package XSD (metadata in LOM)', async () => {
    const { manifest } = await exported();
    const xsd = (name: string) => ({ fileName: name, contents: readFileSync(SCHEMAS + name, 'utf8') });
    const preload = readdirSync(SCHEMAS)
      .filter((f) => f.endsWith('.xsd') && f !== CP_XSD)
      .map(xsd);
    const result = await validateXML({
      xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
      schema: [xsd(CP_XSD)],
      preload,
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(manifest).toContain('<lom:keyword><lom:string language="vi">phân số</lom:string></lom:keyword>');
    expect(manifest).toContain('type="imsqti_stimulus_xmlv3p0"');
  });

  it('writes items by the item schema’s rules: known elements, order, declared identifiers, no style', async () => {
    const { items } = await exported();
    expect(items.length).toBe(questions.length + 2); // the group: one stimulus and two items
    for (const [path, xml] of items) {
      const parsed = parseXml(xml);
      if (!parsed.ok) throw new Error(`${path}: ${parsed.code}`);
      const elements = all(parsed.root);
      expect(xml, path).not.toMatch(/\sstyle=/);
      for (const e of elements) {
        if (e.namespaceURI === MATHML) continue;
        expect(e.namespaceURI, `${path} ${e.localName}`).toBe(QTI);
        expect(ALLOWED.has(e.localName ?? ''), `${path}: ${e.localName}`).toBe(true);
      }
      for (const img of descendants(parsed.root, 'img')) expect(attr(img, 'alt'), path).not.toBeNull();
      if (parsed.root.localName !== 'qti-assessment-item') continue;
      const order = childElements(parsed.root).map((e) => ITEM_ORDER.indexOf(e.localName ?? ''));
      expect(
        order.every((i) => i >= 0),
        path,
      ).toBe(true);
      expect(order, path).toEqual([...order].sort((a, b) => a - b));
      const declared = new Set(
        [
          ...descendants(parsed.root, 'qti-response-declaration'),
          ...descendants(parsed.root, 'qti-outcome-declaration'),
        ].map((d) => attr(d, 'identifier')),
      );
      const used = [
        ...elements.map((e) => attr(e, 'response-identifier')),
        ...elements.map((e) => attr(e, 'outcome-identifier')),
        ...descendants(parsed.root, 'qti-set-outcome-value').map((e) => attr(e, 'identifier')),
        ...descendants(parsed.root, 'qti-variable').map((e) => attr(e, 'identifier')),
      ].filter((id): id is string => id !== null);
      for (const id of used) expect(declared.has(id), `${path}: ${id}`).toBe(true);
    }
  });

  it('writes credits as a mapping scored by map_response, feedback as modal feedback set by the processing', async () => {
    const { items } = await exported();
    const credited = items.find(([, xml]) => xml.includes('title="Câu 8"'))![1];
    expect(credited).toContain(
      '<qti-mapping default-value="0"><qti-map-entry map-key="A" mapped-value="1"/><qti-map-entry map-key="B" mapped-value="0.5"/></qti-mapping>',
    );
    expect(credited).toContain('<qti-map-response identifier="RESPONSE"/>');
    expect(credited).toContain(
      '<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="correct" show-hide="show">',
    );
    expect(credited).toMatch(
      /<qti-set-outcome-value identifier="FEEDBACK"><qti-base-value base-type="identifier">incorrect</,
    );
    expect(credited).toContain(
      '<qti-feedback-inline outcome-identifier="CHOICE_FEEDBACK" identifier="A" show-hide="show">Đúng.</qti-feedback-inline>',
    );
    expect(credited).toContain('<annotation encoding="application/x-tex">\\frac{1}{2}</annotation>');
    const plain = items.find(([, xml]) => xml.includes('title="Câu 2"'))![1];
    expect(plain).toContain(
      '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>',
    );
    const tolerant = items.find(([, xml]) => xml.includes('title="Câu 9"'))![1];
    expect(tolerant).toContain('<qti-equal tolerance-mode="absolute" tolerance="0.01 0.01">');
  });
});
