import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/pages/questions/editor/html-to-text';
import { imageFiles, imageTag, insertAt, withImageAlt } from '../src/pages/questions/editor/image-text';
import { textToHtml } from '../src/pages/questions/editor/text-to-html';

const image = { url: `/api/question-images/${'ab'.repeat(32)}`, width: 320, height: 200 };

describe('pictures in the text form', () => {
  it('puts the img tag where the cursor is, replacing a selection, and moves the cursor after it', () => {
    const tag = imageTag(image);
    expect(tag).toBe(`<img src="${image.url}" alt="" width="320" height="200">`);
    expect(insertAt('Quan sát hình: rồi trả lời.', 15, 15, tag)).toEqual({
      text: `Quan sát hình: ${tag}rồi trả lời.`,
      cursor: 15 + tag.length,
    });
    expect(insertAt('Hình XXX đây', 5, 8, tag).text).toBe(`Hình ${tag} đây`);
  });

  it('gives the inserted picture its alt text, escaped, and keeps it through HTML and back', () => {
    const tag = imageTag(image);
    const text = `Cho $x > 0$ và hình ${tag}\nTính diện tích.`;
    const first = withImageAlt(text, tag, 'Tam giác ABC');
    const second = withImageAlt(first.text, first.tag, 'Tam giác "ABC" <vuông> & cân');
    expect(second.text).toContain(
      `<img src="${image.url}" alt="Tam giác &quot;ABC&quot; &lt;vuông&gt; &amp; cân" width="320" height="200">`,
    );
    const html = textToHtml(second.text);
    expect(html).toContain(`<img src="${image.url}" alt="Tam giác &quot;ABC&quot; &lt;vuông&gt; &amp; cân"`);
    const img = new DOMParser().parseFromString(html, 'text/html').querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Tam giác "ABC" <vuông> & cân');
    expect(img?.getAttribute('width')).toBe('320');
    // Saved, opened again for editing: the same picture with the same description.
    const again = new DOMParser()
      .parseFromString(textToHtml(htmlToText(html)), 'text/html')
      .querySelector('img');
    expect(again?.outerHTML).toBe(img?.outerHTML);
  });

  it('leaves the text alone when the picture was deleted meanwhile', () => {
    const tag = imageTag(image);
    expect(withImageAlt('Không còn ảnh', tag, 'x')).toEqual({ text: 'Không còn ảnh', tag });
  });

  it('takes only picture files from a paste or a drop', () => {
    const files = [
      new File(['x'], 'a.png', { type: 'image/png' }),
      new File(['x'], 'b.txt', { type: 'text/plain' }),
    ];
    const list = Object.assign(files, { item: (i: number) => files[i] ?? null }) as unknown as FileList;
    expect(imageFiles(list).map((f) => f.name)).toEqual(['a.png']);
    expect(imageFiles(null)).toEqual([]);
  });
});
