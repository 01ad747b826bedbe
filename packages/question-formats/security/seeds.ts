import { exportDocx, exportMoodleXml, exportQti3 } from '../src/index.js';
import { IMAGES, PAPER } from '../test/docx-export-fixtures.js';
import { docx, image, m, p, r, table } from '../test/docx-writer.js';
import { QTI3_ITEM } from '../test/qti-items.js';
import { GIFT_SAMPLE } from '../test/text-samples.js';
import { type Entries, unzip } from './raw-zip.js';

/**
 * Valid fixtures to mutate: the test suite's realistic paper (test/docx-export-fixtures.ts) written
 * by the package's own exporters, a hand-made Word paper (test/docx-writer.ts), and text files in
 * the shapes test/text-formats.test.ts reads.
 */

export async function docxSeeds(): Promise<Entries[]> {
  const handMade = await docx([
    p(r('ĐỀ KIỂM TRA GIỮA KÌ I', { b: true })),
    p('PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn'),
    p(r('Câu 1.', { b: true }), ' Thủ đô của Việt Nam là'),
    p('A. Huế\tB. Đà Nẵng\t', r('C.', { u: true }), ' Hà Nội\tD. Sài Gòn'),
    p(r('Câu 2:', { b: true }), ' Tính ', `<m:oMath>${m.f(m.t('1'), m.t('2'))}</m:oMath>`, image('rIdImg1')),
    p('A. 4'),
    p(r('B. 7', { color: 'FF0000' })),
    p('C. 9'),
    p('D. 15'),
    p('PHẦN II. Câu trắc nghiệm đúng sai'),
    p('Câu 3. Cho hàm số y = x².'),
    p('a) Hàm số chẵn.'),
    p('b) Đồ thị đi qua gốc toạ độ.'),
    p('c) Hàm số đồng biến trên ℝ.'),
    p('d) Giá trị nhỏ nhất bằng 0.'),
    p('PHẦN III. Câu trắc nghiệm trả lời ngắn'),
    p('Câu 4. Tính 0,5 + 0,25.'),
    p('Đáp án: 0,75'),
    table([
      ['Câu', '1', '2', '3'],
      ['Đáp án', 'C', 'B', 'ĐĐSĐ'],
    ]),
  ]);
  return [await unzip(await exportDocx(PAPER, IMAGES)), await unzip(handMade)];
}

export function moodleSeeds(): string[] {
  return [
    exportMoodleXml(PAPER, IMAGES),
    `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Toán 10</text></category></question>
  <question type="multichoice"><name><text>Câu 1</text></name>
    <questiontext format="html"><text><![CDATA[<p>Hình nào <img src="@@PLUGINFILE@@/hinh%201.png"> tròn?</p>]]></text>
      <file name="hinh 1.png" path="/" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=</file></questiontext>
    <single>true</single>
    <answer fraction="0"><text>Vuông</text></answer><answer fraction="100"><text>Tròn</text></answer>
    <tags><tag><text>level:NB</text></tag><tag><text>part:I</text></tag></tags>
  </question>
  <question type="numerical"><name><text>Câu 2</text></name><questiontext><text>1/2 = ?</text></questiontext>
    <answer fraction="100"><text>0.5</text><tolerance>0.01</tolerance></answer></question>
  <question type="truefalse"><name><text>Câu 3</text></name><questiontext><text>Đúng?</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
  <question type="essay"><name><text>Câu 4</text></name><questiontext><text>Viết</text></questiontext></question>
</quiz>`,
  ];
}

const QTI21_ITEM = `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="t1" title="Bài 2" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">
    <correctResponse><value>0.5</value></correctResponse>
    <mapping><mapEntry mapKey="0,5" mappedValue="1"/></mapping>
  </responseDeclaration>
  <itemBody>
    <p>Tính <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mfrac><mn>1</mn><mn>2</mn></mfrac><annotation encoding="application/x-tex">\\frac{1}{2}</annotation></semantics></math> = <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="5"/></p>
    <table><tr><td colspan="2">x</td></tr></table><img src="hinh.png"/>
  </itemBody>
  <responseProcessing><responseCondition><responseIf><equal toleranceMode="absolute" tolerance="0.01 0.01"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal></responseIf></responseCondition></responseProcessing>
</assessmentItem>`;

export async function qtiPackageSeeds(): Promise<Entries[]> {
  return [await unzip(await exportQti3(PAPER, IMAGES))];
}

/** Item files: the two hand-written ones and every item our exporter writes. */
export async function qtiItemSeeds(): Promise<string[]> {
  const items = (await qtiPackageSeeds())
    .flat()
    .filter(([name]) => name.endsWith('.xml') && !name.endsWith('imsmanifest.xml'))
    .map(([, data]) => data.toString('utf8'));
  return [QTI3_ITEM, QTI21_ITEM, ...items];
}

export const GIFT_SEED = GIFT_SAMPLE;

export const AIKEN_SEED = `Thủ đô của Việt Nam là?
A. Huế
B) Hà Nội
C. Đà Nẵng
ANSWER: B

Câu không có đáp án
A. x
B. y

Hỏi?
A. x
B. y
lạc dòng
ANSWER: E

Sông dài nhất?
A. Sông Hồng
B. Sông Mê Kông
C. Sông Đà
D. Sông Mã
ANSWER: b
`;
