import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { detectFormat, exportQuestions, parseQuestions } from '../src/index.js';
import { choices } from '../testing/index.js';
import { PNG, zip } from './docx-writer.js';
import { QTI3_ITEM } from './qti-items.js';
import { expectLosslessRoundTrip } from './round-trip.js';
import { questionsOfEveryType, sampleQuestion } from './sample-questions.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

const QTI21_ITEM = `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="t1" title="Bài 2" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">
    <correctResponse><value>0.5</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <p>Tính <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mfrac><mn>1</mn><mn>2</mn></mfrac><annotation encoding="application/x-tex">\\frac{1}{2}</annotation></semantics></math> = <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="5"/></p>
  </itemBody>
</assessmentItem>`;

const manifest = (resources: string) => `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="M"><resources>${resources}</resources></manifest>`;

describe('QTI import', () => {
  it('reads a hand-written QTI 3.0 choice item', async () => {
    const result = importResultSchema.parse(await parseQuestions(bytes(QTI3_ITEM), 'item.xml'));
    expect(result.format).toBe('qti');
    expect(result.problems).toEqual([]);
    const q = result.questions[0]!;
    expect(q.type).toBe('single_choice');
    expect(q.number).toBe('Câu 1');
    expect(q.stem).toBe('<p>Cho <strong>hình</strong> sau đỏ</p><p>Hình nào tròn?</p>');
    expect(q.options).toEqual(choices('B', 'Vuông', 'Tròn', '<em>Tam giác</em>'));
    expect(q.solution).toBe('<p>Vì tròn.</p>');
    expect(q.problems).toEqual([]);
  });

  it('reads a QTI 2.1 text entry item (numeric answer) and an essay', async () => {
    const result = await parseQuestions(bytes(QTI21_ITEM), 'item.xml');
    const q = result.questions[0]!;
    expect(q.type).toBe('short_answer');
    expect(q.number).toBe('Bài 2');
    expect(q.answer).toEqual({ accepted: ['0.5'], tolerance: null });
    // The text entry stays in the stem as a visible blank (it was removed before).
    expect(q.stem).toBe('<p>Tính <span class="math" data-latex="\\frac{1}{2}"></span> = ____</p>');
    const essay = await parseQuestions(
      bytes(
        '<assessmentItem identifier="e"><itemBody><extendedTextInteraction responseIdentifier="R"><prompt>Viết đoạn văn</prompt></extendedTextInteraction></itemBody></assessmentItem>',
      ),
      'e.xml',
    );
    expect(essay.questions[0]).toMatchObject({ type: 'essay', stem: 'Viết đoạn văn', number: 'e' });
    const multi = await parseQuestions(
      bytes(
        '<assessmentItem identifier="m"><responseDeclaration identifier="R" cardinality="multiple" baseType="identifier"><correctResponse><value>a</value><value>c</value></correctResponse></responseDeclaration><itemBody><choiceInteraction responseIdentifier="R" maxChoices="0"><prompt>Chọn số chẵn</prompt><simpleChoice identifier="a">2</simpleChoice><simpleChoice identifier="b">3</simpleChoice><simpleChoice identifier="c">4</simpleChoice></choiceInteraction></itemBody></assessmentItem>',
      ),
      'm.xml',
    );
    expect(multi.questions[0]!.type).toBe('multiple_select');
    expect(multi.questions[0]!.options.map((o) => o.correct)).toEqual([true, false, true]);
  });

  it('reads a package: manifest hrefs relative to it, images from the package', async () => {
    const item = `<qti-assessment-item identifier="i" title="Câu 7"><qti-response-declaration identifier="R" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>x</qti-value></qti-correct-response></qti-response-declaration>
      <qti-item-body><p>Hình <img src="../media/h%201.png" alt="h"/> và <img src="missing.png"/></p><qti-choice-interaction response-identifier="R"><qti-simple-choice identifier="x">Có</qti-simple-choice><qti-simple-choice identifier="y">Không</qti-simple-choice></qti-choice-interaction></qti-item-body></qti-assessment-item>`;
    const pkg = await zip({
      'pkg/imsmanifest.xml': manifest(
        '<resource identifier="r1" type="imsqti_item_xmlv3p0" href="items/i1.xml"><file href="items/i1.xml"/></resource><resource identifier="t" type="imsqti_test_xmlv3p0" href="test.xml"/>',
      ),
      'pkg/items/i1.xml': item,
      'pkg/media/h 1.png': PNG,
    });
    expect(detectFormat('goi.zip', pkg)).toBe('qti');
    const result = importResultSchema.parse(await parseQuestions(pkg, 'goi.zip'));
    expect(result.problems).toEqual([]);
    const q = result.questions[0]!;
    // The image keeps its alt text (it was dropped before).
    expect(q.stem).toBe('<p>Hình <img src="embedded:h 1.png" alt="h"> và</p>');
    expect(q.problems.map((p) => p.code)).toEqual(['MISSING_IMAGE']);
    expect(result.images).toEqual([
      { id: 'h 1.png', contentType: 'image/png', dataBase64: PNG.toString('base64') },
    ]);
  });

  it('refuses hrefs escaping the package, DOCTYPE entities and broken items, without throwing', async () => {
    const evil = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><qti-assessment-item identifier="x"><qti-item-body><p>&xxe;</p></qti-item-body></qti-assessment-item>`;
    const pkg = await zip({
      'imsmanifest.xml': manifest(
        ['../x.xml', 'items/evil.xml', 'items/none.xml', 'items/bad.xml', '/etc/passwd', 'http://a/b.xml']
          .map((href, i) => `<resource identifier="r${i}" type="imsqti_item_xmlv3p0" href="${href}"/>`)
          .join(''),
      ),
      'items/evil.xml': evil,
      'items/bad.xml': '<qti-assessment-item><p>',
    });
    const result = importResultSchema.parse(await parseQuestions(pkg, 'goi.zip'));
    expect(result.questions).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual([
      'UNSAFE_HREF',
      'XML_DOCTYPE',
      'MISSING_FILE',
      'XML_INVALID',
      'UNSAFE_HREF',
      'UNSAFE_HREF',
      'NO_QUESTIONS',
    ]);
    expect(result.problems[0]!.location).toBe('tệp ../x.xml');
    expect((await parseQuestions(bytes(evil), 'evil.xml')).problems.map((p) => p.code)).toEqual([
      'XML_DOCTYPE',
    ]);
    const badManifest = await zip({ 'imsmanifest.xml': `<!DOCTYPE m [<!ENTITY a "b">]><manifest/>` });
    expect((await parseQuestions(badManifest, 'a.zip')).problems.map((p) => p.code)).toEqual(['XML_DOCTYPE']);
    // yazl refuses to write "../x.xml": write "zz/x.xml" and rename it in the bytes.
    const written = await zip({ 'imsmanifest.xml': manifest(''), 'zz/x.xml': '<a/>' });
    const traversal = Buffer.from(written.toString('latin1').replaceAll('zz/x.xml', '../x.xml'), 'latin1');
    expect((await parseQuestions(traversal, 'a.zip')).problems.map((p) => p.code)).toEqual(['UNSAFE_ZIP']);
    const unsupported = await parseQuestions(
      bytes(
        '<assessmentItem identifier="o"><itemBody><orderInteraction responseIdentifier="R"/></itemBody></assessmentItem>',
      ),
      'o.xml',
    );
    expect(unsupported.problems.map((p) => p.code)).toEqual(['UNSUPPORTED_QUESTION', 'NO_QUESTIONS']);
  });
});

describe('QTI 3.0 export', () => {
  const PNG64 = PNG.toString('base64');
  const questions = questionsOfEveryType({
    'Câu 1': {
      stem: 'Hình nào? <img src="embedded:hinh 1.png" alt=""> <span class="math" data-latex="\\frac{1}{2} &lt; 1"></span>',
      options: choices('B', 'Vuông', 'Tròn &amp; <strong>đẹp</strong>'),
      solution: '<p>Vì <strong>tròn</strong>.</p><p>Hết.</p>',
    },
    'Câu 2': { stem: '<p>Chọn số chẵn</p><table><tr><td colspan="2">x</td></tr></table>' },
    'Câu 5': { stem: 'Viết đoạn văn<br>ngắn' },
    'Câu 6': { stem: 'Cho hàm số <img src="embedded:hinh 1.png" alt="">' },
  });

  it('round-trips every question type and the images through a package', async () => {
    const images = [{ id: 'hinh 1.png', contentType: 'image/png', dataBase64: PNG64 }];
    const file = await expectLosslessRoundTrip(questions, 'qti3', images);
    expect(file.fileName).toBe('questions-qti3.zip');
    expect(detectFormat(file.fileName, file.bytes)).toBe('qti');
  });

  it('writes a group as an assessment stimulus its children refer to, and reads it back as the group', async () => {
    // Before, the group was written as its children with the shared stem copied in front.
    const group = sampleQuestion({
      type: 'group',
      stem: '<p>Đọc đoạn văn</p>',
      children: [sampleQuestion({ number: 'Câu 2', type: 'essay', stem: '<p>Tóm tắt</p>' })],
    });
    const file = await exportQuestions([group], 'qti3');
    const result = await parseQuestions(file.bytes, file.fileName);
    expect(result.questions).toEqual([group]);
  });
});
