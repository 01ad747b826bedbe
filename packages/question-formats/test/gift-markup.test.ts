import { describe, expect, it } from 'vitest';
import { parseGift } from '../src/text/gift.js';

const one = (text: string) => parseGift(text).questions[0]!;

describe('GIFT feedback', () => {
  it('per-answer "#feedback" goes on the option; "####" general feedback is the solution', () => {
    const q = one(
      'Màu giữa cam và lục?\n{\n  =vàng # đúng rồi!\n  ~đỏ # sai, là vàng\n  ~lam\n  ####Cầu vồng: đỏ, cam, vàng, lục.\n}',
    );
    expect(q.options.map((o) => [o.html, o.feedback])).toEqual([
      ['vàng', 'đúng rồi!'],
      ['đỏ', 'sai, là vàng'],
      ['lam', undefined],
    ]);
    expect(q.solution).toBe('Cầu vồng: đỏ, cam, vàng, lục.');
  });

  it('true/false "{T#wrong#right}": the right feedback goes on the key, the wrong one on the other', () => {
    const t = one('Trái Đất quay quanh Mặt Trời. {T#Sai: có quay#Đúng vậy####Hệ nhật tâm}');
    expect(t.options).toEqual([
      { label: 'A', html: 'Đúng', correct: true, feedback: 'Đúng vậy' },
      { label: 'B', html: 'Sai', correct: false, feedback: 'Sai: có quay' },
    ]);
    expect(t.solution).toBe('Hệ nhật tâm');
    const f = one('Mặt Trời quay quanh Trái Đất. {FALSE#Không phải#Chính xác}');
    expect(f.options).toEqual([
      { label: 'A', html: 'Đúng', correct: false, feedback: 'Không phải' },
      { label: 'B', html: 'Sai', correct: true, feedback: 'Chính xác' },
    ]);
  });

  it('true/false keys are case-sensitive as in Moodle: "{true}" is a short answer', () => {
    expect(one('Viết từ đúng {true}')).toMatchObject({
      type: 'short_answer',
      answer: { accepted: ['true'] },
    });
  });
});

describe('GIFT text formats', () => {
  it('[html] is kept as HTML, never left in the text', () => {
    const q = one('[html]Chọn <b>đúng</b>:<br>câu {=<i>a</i> ~b ####[html]Vì <u>a</u>}');
    expect(q.stem).toBe('Chọn <b>đúng</b>:<br>câu');
    expect(q.options[0]!.html).toBe('<i>a</i>');
    expect(q.solution).toBe('Vì <u>a</u>');
  });

  it('[markdown] is converted to HTML', () => {
    const q = one('[markdown]Tính **tổng** và *hiệu* {=`3` ~4}');
    expect(q.stem).toBe('Tính <strong>tổng</strong> và <em>hiệu</em>');
    expect(q.options[0]!.html).toBe('<code>3</code>');
    const list = one('[markdown]Chọn:\n- một\n- hai {T}');
    expect(list.stem).toContain('<li>một</li>');
    expect(list.stem).not.toContain('[markdown]');
  });

  it('[plain] is escaped, line breaks kept', () => {
    const q = one('[plain]Nếu a <b> và c > d\\nthì? {=đúng ~sai}');
    expect(q.stem).toBe('Nếu a &lt;b&gt; và c &gt; d<br>thì?');
  });

  it('[moodle] (the default) keeps simple tags and escapes comparisons', () => {
    expect(one('[moodle]Chọn <b>một</b> {T}').stem).toBe('Chọn <b>một</b>');
    expect(one('Với x<y và y>0, chọn <em>một</em> {T}').stem).toBe('Với x&lt;y và y&gt;0, chọn <em>một</em>');
    expect(one('Dòng một\ndòng hai {T}').stem).toBe('Dòng một<br>dòng hai');
  });

  it('answers and feedback may carry their own marker', () => {
    const q = one('[html]<p>Hỏi</p> {=[plain]<tag> #[markdown]**tốt** ~[markdown]_nghiêng_}');
    expect(q.options.map((o) => [o.html, o.feedback])).toEqual([
      ['&lt;tag&gt;', '<strong>tốt</strong>'],
      ['<em>nghiêng</em>', undefined],
    ]);
  });

  it('escapes \\~ \\= \\# \\{ \\} \\: and \\n are text', () => {
    const q = one('::Tên\\: một::a\\=b\\{c\\}\\~d\\#e\\nf {=x\\~y ~z\\#w}');
    expect(q.metadata.title).toBe('Tên: một');
    expect(q.stem).toBe('a=b{c}~d#e<br>f');
    expect(q.options.map((o) => [o.html, o.feedback])).toEqual([
      ['x~y', undefined],
      ['z#w', undefined],
    ]);
  });
});
