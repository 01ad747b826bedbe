import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseQuestions } from '../src/index.js';
import { zip } from './docx-writer.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';

/** A package manifest listing its resources: identifier, type (imsqti_item_xmlv3p0...) and file. */
const manifestOf = (...resources: [string, string, string][]) =>
  `<manifest xmlns="${CP}" identifier="M"><resources>${resources
    .map(([identifier, type, href]) => `<resource identifier="${identifier}" type="${type}" href="${href}"/>`)
    .join('')}</resources></manifest>`;

const essay3 = (id: string, title: string) =>
  `<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="${id}" title="${title}"><qti-item-body><p>${title}</p><qti-extended-text-interaction response-identifier="R"/></qti-item-body></qti-assessment-item>`;

const test3 = (refs: string[]) =>
  `<qti-assessment-test xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="T" title="Kiểm tra 15 phút"><qti-test-part identifier="P" navigation-mode="linear" submission-mode="individual"><qti-assessment-section identifier="S" title="S" visible="true">${refs
    .map((href, i) => `<qti-assessment-item-ref identifier="r${i}" href="${href}"/>`)
    .join('')}</qti-assessment-section></qti-test-part></qti-assessment-test>`;

describe('QTI manifests and tests', () => {
  it('recognises a manifest alone and asks for the whole package', async () => {
    const manifest = `<?xml version="1.0"?><manifest xmlns="${CP}" identifier="M"><resources/></manifest>`;
    expect(detectFormat('imsmanifest.xml', bytes(manifest))).toBe('qti');
    const result = importResultSchema.parse(await parseQuestions(bytes(manifest), 'imsmanifest.xml'));
    expect(result.format).toBe('qti');
    expect(result.problems.map((p) => p.code)).toEqual(['QTI_MANIFEST_ONLY']);
    expect(result.problems[0]!.message).toContain('cần cả gói .zip');
  });

  it('recognises an assessment test alone (3.0 and 2.1) and reports that its items must come in the package', async () => {
    const file = bytes(test3(['items/a.xml', 'items/b.xml']));
    expect(detectFormat('test.xml', file)).toBe('qti');
    const result = importResultSchema.parse(await parseQuestions(file, 'test.xml'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'QTI_TEST_ONLY',
      severity: 'error',
      location: 'bài kiểm tra “Kiểm tra 15 phút”',
    });
    expect(result.problems[0]!.message).toContain('2 câu hỏi');
    const v21 = bytes(
      '<assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="T2"><testPart identifier="p"><assessmentSection identifier="s"><assessmentItemRef identifier="a" href="a.xml"/></assessmentSection></testPart></assessmentTest>',
    );
    expect(detectFormat('t.xml', v21)).toBe('qti');
    expect((await parseQuestions(v21, 't.xml')).problems.map((p) => p.code)).toEqual(['QTI_TEST_ONLY']);
  });

  it('recognises QTI 2.1 and 2.2 items, with or without a namespace prefix', async () => {
    for (const ns of [
      'http://www.imsglobal.org/xsd/imsqti_v2p1',
      'http://www.imsglobal.org/xsd/imsqti_v2p2',
    ]) {
      const prefixed = bytes(
        `<?xml version="1.0"?><qti:assessmentItem xmlns:qti="${ns}" identifier="x" title="Câu 9"><qti:itemBody><qti:extendedTextInteraction responseIdentifier="R"><qti:prompt>Viết</qti:prompt></qti:extendedTextInteraction></qti:itemBody></qti:assessmentItem>`,
      );
      expect(detectFormat('x.xml', prefixed)).toBe('qti');
      const result = await parseQuestions(prefixed, 'x.xml');
      expect(result.questions.map((q) => [q.type, q.number, q.stem])).toEqual([['essay', 'Câu 9', 'Viết']]);
    }
  });

  it('inside a package reads the items a test references, in the test’s order, then the other items', async () => {
    const manifest = manifestOf(
      ['i1', 'imsqti_item_xmlv3p0', 'items/one.xml'],
      ['i2', 'imsqti_item_xmlv3p0', 'items/two.xml'],
      ['i4', 'imsqti_item_xmlv3p0', 'items/four.xml'],
      ['t', 'imsqti_test_xmlv3p0', 'tests/test.xml'],
    );
    const pkg = await zip({
      'imsmanifest.xml': manifest,
      'tests/test.xml': test3([
        '../items/two.xml',
        '../items/three.xml',
        '../items/one.xml',
        '../items/missing.xml',
      ]),
      'items/one.xml': essay3('one', 'Câu 1'),
      'items/two.xml': essay3('two', 'Câu 2'),
      'items/three.xml': essay3('three', 'Câu 3'),
      'items/four.xml': essay3('four', 'Câu 4'),
    });
    const result = importResultSchema.parse(await parseQuestions(pkg, 'goi.zip'));
    expect(result.questions.map((q) => q.number)).toEqual(['Câu 2', 'Câu 3', 'Câu 1', 'Câu 4']);
    expect(result.problems.map((p) => [p.code, p.location])).toEqual([
      ['MISSING_FILE', 'tệp ../items/missing.xml'],
    ]);
  });

  it('reads items sharing an assessment stimulus (QTI 2.2 and 3.0) as a group whose stem is the stimulus', async () => {
    const stimulus = `<assessmentStimulus xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" identifier="S" title="Đoạn văn"><stimulusBody><p>Ngày xưa có một cậu bé.</p></stimulusBody></assessmentStimulus>`;
    const child = (id: string) =>
      `<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" identifier="${id}" title="Câu ${id}"><assessmentStimulusRef identifier="S" href="../shared/s.xml"/><itemBody><extendedTextInteraction responseIdentifier="R"><prompt>Câu hỏi ${id}</prompt></extendedTextInteraction></itemBody></assessmentItem>`;
    const manifest = manifestOf(
      ['a', 'imsqti_item_xmlv2p2', 'items/a.xml'],
      ['b', 'imsqti_item_xmlv2p2', 'items/b.xml'],
      ['c', 'imsqti_item_xmlv3p0', 'items/c.xml'],
    );
    const pkg = await zip({
      'imsmanifest.xml': manifest,
      'shared/s.xml': stimulus,
      'items/a.xml': child('1'),
      'items/b.xml': child('2'),
      'items/c.xml': essay3('c', 'Câu 3'),
    });
    const result = importResultSchema.parse(await parseQuestions(pkg, 'goi.zip'));
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.type, q.number, q.stem, q.children.map((c) => c.stem)])).toEqual([
      ['group', 'Đoạn văn', '<p>Ngày xưa có một cậu bé.</p>', ['Câu hỏi 1', 'Câu hỏi 2']],
      ['essay', 'Câu 3', '<p>Câu 3</p>', []],
    ]);
    const alone = await parseQuestions(bytes(child('1')), 'a.xml');
    expect(alone.questions[0]!.problems.map((p) => [p.code, p.severity])).toEqual([
      ['MISSING_FILE', 'warning'],
    ]);
  });

  it('reads LOM keywords of other tools as tags', async () => {
    const manifest = `<manifest xmlns="${CP}" xmlns:lom="http://ltsc.ieee.org/xsd/LOM" identifier="M"><resources>
      <resource identifier="i1" type="imsqti_item_xmlv3p0" href="one.xml"><metadata><lom:lom><lom:general><lom:keyword><lom:string language="vi">phân số</lom:string></lom:keyword><lom:keyword><lom:string>lớp 6</lom:string></lom:keyword></lom:general></lom:lom></metadata></resource>
    </resources></manifest>`;
    const pkg = await zip({ 'imsmanifest.xml': manifest, 'one.xml': essay3('one', 'Câu 1') });
    const result = await parseQuestions(pkg, 'goi.zip');
    expect(result.questions[0]!.metadata).toEqual({ tags: ['phân số', 'lớp 6'] });
  });
});
