import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from '../src/index.js';

const QTI3 = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const QTI21 = 'http://www.imsglobal.org/xsd/imsqti_v2p1';

/** A QTI 3.0 item around the given declarations, body and processing. */
const item3 = (inner: string, title = 'Câu 1') =>
  `<?xml version="1.0" encoding="UTF-8"?><qti-assessment-item xmlns="${QTI3}" identifier="i1" title="${title}" adaptive="false" time-dependent="false">${inner}</qti-assessment-item>`;
const item21 = (inner: string) =>
  `<assessmentItem xmlns="${QTI21}" identifier="i21" title="Bài 1" adaptive="false" timeDependent="false">${inner}</assessmentItem>`;

async function read(xml: string) {
  return importResultSchema.parse(await parseQuestions(Buffer.from(xml, 'utf8'), 'item.xml'));
}

const choices3 = (ids: string[]) =>
  ids.map((id) => `<qti-simple-choice identifier="${id}">Phương án ${id}</qti-simple-choice>`).join('');

describe('QTI text entry', () => {
  it('keeps a text entry inside a paragraph as a visible blank in the stem', async () => {
    const result = await read(
      item3(`<qti-response-declaration identifier="R" cardinality="single" base-type="string"><qti-correct-response><qti-value>Hà Nội</qti-value></qti-correct-response></qti-response-declaration>
      <qti-item-body><p>Thủ đô của Việt Nam là <qti-text-entry-interaction response-identifier="R" expected-length="10"/>.</p></qti-item-body>`),
    );
    const q = result.questions[0]!;
    expect(q.type).toBe('short_answer');
    expect(q.stem).toBe('<p>Thủ đô của Việt Nam là ____.</p>');
    expect(q.answer).toEqual({ accepted: ['Hà Nội'], tolerance: null });
  });

  it('refuses several text entries in one item (several blanks) by name', async () => {
    const result = await read(
      item21(`<responseDeclaration identifier="R1" cardinality="single" baseType="string"/><responseDeclaration identifier="R2" cardinality="single" baseType="string"/>
      <itemBody><p>Điền: <textEntryInteraction responseIdentifier="R1"/> và <textEntryInteraction responseIdentifier="R2"/></p></itemBody>`),
    );
    expect(result.questions).toEqual([]);
    const unsupported = result.problems.find((p) => p.code === 'UNSUPPORTED_QUESTION')!;
    expect(unsupported.message).toContain('2 ô điền');
    expect(unsupported.location).toBe('Bài 1');
  });
});

describe('QTI MathML', () => {
  it('converts MathML without a TeX annotation to LaTeX, prefixed or not; keeps an annotation as written', async () => {
    const result = await read(
      item3(`<qti-item-body><p>A: <math xmlns="http://www.w3.org/1998/Math/MathML"><mfrac><mn>1</mn><msqrt><mi>x</mi></msqrt></mfrac></math></p>
      <p xmlns:m="http://www.w3.org/1998/Math/MathML">B: <m:math display="block"><m:msup><m:mi>x</m:mi><m:mn>2</m:mn></m:msup></m:math></p>
      <div xmlns:m="http://www.w3.org/1998/Math/MathML"><m:math display="block"><m:mi>z</m:mi></m:math></div>
      <p>C: <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>y</mi><annotation encoding="LaTeX">\\mathrm{y}</annotation></semantics></math></p>
      <qti-extended-text-interaction response-identifier="R"/></qti-item-body>`),
    );
    expect(result.questions[0]!.stem).toBe(
      '<p>A: <span class="math" data-latex="\\frac{1}{\\sqrt{x}}"></span></p>' +
        '<p>B: <span class="math" data-latex="x^{2}"></span></p>' +
        '<div class="math" data-latex="z"></div>' +
        '<p>C: <span class="math" data-latex="\\mathrm{y}"></span></p>',
    );
  });
});

describe('QTI response processing', () => {
  const singleMapped = (template: string) =>
    item3(`<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
      <qti-correct-response><qti-value>B</qti-value></qti-correct-response>
      <qti-mapping default-value="0"><qti-map-entry map-key="B" mapped-value="2"/><qti-map-entry map-key="C" mapped-value="1"/></qti-mapping>
    </qti-response-declaration>
    <qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>Chọn</qti-prompt>${choices3(['A', 'B', 'C'])}</qti-choice-interaction></qti-item-body>
    <qti-response-processing template="${template}"/>`);

  it('map_response: mapped values become option credits (value ÷ best score)', async () => {
    const q = (
      await read(singleMapped('https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml'))
    ).questions[0]!;
    expect(q.type).toBe('single_choice');
    expect(q.options.map(({ label, correct, credit }) => ({ label, correct, credit }))).toEqual([
      { label: 'A', correct: false, credit: undefined },
      { label: 'B', correct: true, credit: undefined },
      { label: 'C', correct: false, credit: 0.5 },
    ]);
  });

  it('match_correct (QTI 2.1 template URI too): the mapping does not score, no credits', async () => {
    const q = (
      await read(singleMapped('https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml'))
    ).questions[0]!;
    expect(q.options.map((o) => [o.correct, o.credit])).toEqual([
      [false, undefined],
      [true, undefined],
      [false, undefined],
    ]);
    const v21 = await read(
      item21(`<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>a</value></correctResponse><mapping defaultValue="0"><mapEntry mapKey="b" mappedValue="0.5"/></mapping></responseDeclaration>
      <itemBody><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><simpleChoice identifier="a">1</simpleChoice><simpleChoice identifier="b">2</simpleChoice></choiceInteraction></itemBody>
      <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>`),
    );
    expect(v21.questions[0]!.options.map((o) => o.credit)).toEqual([undefined, undefined]);
  });

  it('multiple select: mapping with bounds and negative values becomes credits summed and held in [0, 1]', async () => {
    const q = (
      await read(
        item3(`<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
        <qti-correct-response><qti-value>H</qti-value><qti-value>O</qti-value></qti-correct-response>
        <qti-mapping lower-bound="0" upper-bound="2" default-value="0"><qti-map-entry map-key="H" mapped-value="1"/><qti-map-entry map-key="O" mapped-value="1"/><qti-map-entry map-key="Cl" mapped-value="-1"/></qti-mapping>
      </qti-response-declaration>
      <qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="0"><qti-prompt>Nguyên tố tạo nên nước?</qti-prompt>${choices3(['H', 'He', 'O', 'Cl'])}</qti-choice-interaction></qti-item-body>
      <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>`),
      )
    ).questions[0]!;
    expect(q.type).toBe('multiple_select');
    expect(q.options.map((o) => [o.label, o.correct, o.credit])).toEqual([
      ['A', true, 0.5],
      ['B', false, 0],
      ['C', true, 0.5],
      ['D', false, -0.5],
    ]);
  });

  it('short answer: mapped answers become accepted (full score) and credited (part score); zero never accepts', async () => {
    const q = (
      await read(
        item21(`<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
        <correctResponse><value>Hà Nội</value></correctResponse>
        <mapping defaultValue="0"><mapEntry mapKey="Hà Nội" mappedValue="4"/><mapEntry mapKey="Ha Noi" mappedValue="4"/><mapEntry mapKey="Hanoi" mappedValue="2"/><mapEntry mapKey="Sài Gòn" mappedValue="0"/></mapping>
      </responseDeclaration>
      <itemBody><p>Thủ đô: <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
      <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"/>`),
      )
    ).questions[0]!;
    expect(q.answer).toEqual({
      accepted: ['Hà Nội', 'Ha Noi'],
      tolerance: null,
      credited: [{ text: 'Hanoi', credit: 0.5, tolerance: null }],
    });
  });

  it('without a correct response the mapping is the key, whatever the processing', async () => {
    const q = (
      await read(
        item21(`<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><mapping defaultValue="0"><mapEntry mapKey="b" mappedValue="1"/></mapping></responseDeclaration>
      <itemBody><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>1 + 1 = ?</prompt><simpleChoice identifier="a">1</simpleChoice><simpleChoice identifier="b">2</simpleChoice></choiceInteraction></itemBody>`),
      )
    ).questions[0]!;
    expect(q.options.map((o) => [o.correct, o.credit])).toEqual([
      [false, undefined],
      [true, undefined],
    ]);
    expect(q.problems).toEqual([]);
  });

  it('reports scoring by area (map_response_point, areaMapping) as unsupported', async () => {
    const result = await read(
      item3(`<qti-response-declaration identifier="R" cardinality="single" base-type="string"/>
      <qti-item-body><p><qti-text-entry-interaction response-identifier="R"/></p></qti-item-body>
      <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response_point.xml"/>`),
    );
    expect(result.questions).toEqual([]);
    expect(result.problems[0]!.message).toContain('map_response_point');
  });
});

describe('QTI feedback', () => {
  const withFeedback = (feedback: string, choiceExtra = '') =>
    item3(`<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>t</qti-value></qti-correct-response></qti-response-declaration>
    <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
    <qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>Freud thuộc trường phái phân tâm học.</qti-prompt>
      <qti-simple-choice identifier="t">Có${choiceExtra}</qti-simple-choice><qti-simple-choice identifier="f">Không</qti-simple-choice><qti-simple-choice identifier="x">Không biết</qti-simple-choice></qti-choice-interaction></qti-item-body>
    ${feedback}`);

  it('modal feedback on the correct/incorrect pattern becomes outcome feedback; other modal feedback the solution', async () => {
    const q = (
      await read(
        withFeedback(`<qti-modal-feedback outcome-identifier="FEEDBACK" show-hide="show" identifier="correct"><qti-content-body><p>Đúng rồi.</p></qti-content-body></qti-modal-feedback>
        <qti-modal-feedback outcome-identifier="FEEDBACK" show-hide="show" identifier="incorrect"><qti-content-body>Chưa đúng.</qti-content-body></qti-modal-feedback>
        <qti-modal-feedback outcome-identifier="FEEDBACK" show-hide="show" identifier="HINT1"><qti-content-body>Xem lại bài 3.</qti-content-body></qti-modal-feedback>`),
      )
    ).questions[0]!;
    expect(q.feedback).toEqual({ correct: '<p>Đúng rồi.</p>', incorrect: 'Chưa đúng.' });
    expect(q.solution).toBe('Xem lại bài 3.');
  });

  it('"hide" on the correct identifier is feedback for a wrong answer', async () => {
    const q = (
      await read(
        withFeedback(
          `<qti-modal-feedback outcome-identifier="FEEDBACK" show-hide="hide" identifier="CORRECT"><qti-content-body>Hãy xem lại.</qti-content-body></qti-modal-feedback>`,
        ),
      )
    ).questions[0]!;
    expect(q.feedback).toEqual({ incorrect: 'Hãy xem lại.' });
    expect(q.solution).toBeNull();
  });

  it('feedback blocks in the body follow the same pattern; others join the solution', async () => {
    const q = (
      await read(
        item21(`<responseDeclaration identifier="R" cardinality="single" baseType="string"><correctResponse><value>7</value></correctResponse></responseDeclaration>
        <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
        <itemBody><p>3 + 4 = <textEntryInteraction responseIdentifier="R"/> <feedbackInline outcomeIdentifier="FEEDBACK" identifier="CORRECT" showHide="show">Đúng</feedbackInline></p>
        <feedbackBlock outcomeIdentifier="SOLUTION" identifier="sol" showHide="show"><p>Đếm thêm 4 từ 3.</p></feedbackBlock></itemBody>`),
      )
    ).questions[0]!;
    expect(q.stem).toBe('<p>3 + 4 = ____</p>');
    expect(q.feedback).toEqual({ correct: 'Đúng' });
    expect(q.solution).toBe('<p>Đếm thêm 4 từ 3.</p>');
  });

  it('feedbackInline inside a choice becomes that option’s feedback, not its text', async () => {
    const q = (
      await read(
        withFeedback(
          '',
          `<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="t" show-hide="show"> — <strong>Chính xác</strong></qti-feedback-inline>`,
        ),
      )
    ).questions[0]!;
    expect(q.options[0]).toEqual({
      label: 'A',
      html: 'Có',
      correct: true,
      feedback: '— <strong>Chính xác</strong>',
    });
    expect(q.options[1]!.feedback).toBeUndefined();
  });
});

describe('QTI refusals', () => {
  it('refuses more than 8 choices with the error, never cuts silently', async () => {
    const ids = 'ABCDEFGHI'.split('');
    const result = await read(
      item3(`<qti-response-declaration identifier="R" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>A</qti-value></qti-correct-response></qti-response-declaration>
      <qti-item-body><qti-choice-interaction response-identifier="R" max-choices="1">${choices3(ids)}</qti-choice-interaction></qti-item-body>`),
    );
    const q = result.questions[0]!;
    const refusal = q.problems.find((p) => p.code === 'TOO_MANY_OPTIONS')!;
    expect(refusal.severity).toBe('error');
    expect(refusal.message).toBe('Câu hỏi có 9 phương án; hệ thống chỉ hỗ trợ tối đa 8 (A–H).');
  });

  it('refuses more than four Đúng/Sai statements with an error, never cuts silently', async () => {
    const statement = (i: number) =>
      `<qti-choice-interaction response-identifier="R${i}" max-choices="1"><qti-prompt>Ý ${i}</qti-prompt><qti-simple-choice identifier="D">Đúng</qti-simple-choice><qti-simple-choice identifier="S">Sai</qti-simple-choice></qti-choice-interaction>`;
    const declarations = [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `<qti-response-declaration identifier="R${i}" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>D</qti-value></qti-correct-response></qti-response-declaration>`,
      )
      .join('');
    const result = await read(
      item3(
        `${declarations}<qti-item-body><p>Cho</p>${[1, 2, 3, 4, 5].map(statement).join('')}</qti-item-body>`,
      ),
    );
    const q = result.questions[0]!;
    expect(q.type).toBe('true_false_group');
    expect(q.problems.find((p) => p.code === 'STATEMENT_COUNT')).toMatchObject({ severity: 'error' });
    expect(q.problems.find((p) => p.code === 'STATEMENT_COUNT')!.message).toContain('5 ý');
  });

  const bodies: [string, string, string][] = [
    ['matchInteraction', '<matchInteraction responseIdentifier="R"/>', 'ghép cặp'],
    ['orderInteraction', '<orderInteraction responseIdentifier="R"/>', 'sắp xếp thứ tự'],
    ['associateInteraction', '<associateInteraction responseIdentifier="R"/>', 'liên kết'],
    ['gapMatchInteraction', '<gapMatchInteraction responseIdentifier="R"/>', 'kéo thả vào chỗ trống'],
    ['hotspotInteraction', '<hotspotInteraction responseIdentifier="R"/>', 'chọn vùng trên hình'],
    [
      'graphicGapMatchInteraction',
      '<graphicGapMatchInteraction responseIdentifier="R"/>',
      'kéo thả trên hình',
    ],
    ['inlineChoiceInteraction', '<p><inlineChoiceInteraction responseIdentifier="R"/></p>', 'chọn trong câu'],
    ['sliderInteraction', '<sliderInteraction responseIdentifier="R"/>', 'thanh trượt'],
    ['uploadInteraction', '<uploadInteraction responseIdentifier="R"/>', 'nộp tệp'],
    ['drawingInteraction', '<drawingInteraction responseIdentifier="R"/>', 'vẽ hình'],
    ['customInteraction', '<customInteraction responseIdentifier="R"/>', 'tùy biến'],
    [
      'extendedTextInteraction',
      '<extendedTextInteraction responseIdentifier="R1"/><extendedTextInteraction responseIdentifier="R2"/>',
      '2 ô tự luận',
    ],
  ];
  it.each(bodies)('reports %s per item by name', async (name, body, words) => {
    const result = await read(item21(`<itemBody>${body}</itemBody>`));
    expect(result.questions).toEqual([]);
    const unsupported = result.problems.find((p) => p.code === 'UNSUPPORTED_QUESTION')!;
    expect(unsupported.location).toBe('Bài 1');
    expect(unsupported.message).toContain(words);
    if (!name.startsWith('extended')) expect(unsupported.message).toContain(name);
  });

  it('reports template variables (templateDeclaration / templateProcessing)', async () => {
    const result = await read(
      item3(`<qti-template-declaration identifier="A" cardinality="single" base-type="integer"/>
      <qti-item-body><qti-extended-text-interaction response-identifier="R"/></qti-item-body>`),
    );
    expect(result.problems.find((p) => p.code === 'UNSUPPORTED_QUESTION')!.message).toContain('biến mẫu');
  });
});
