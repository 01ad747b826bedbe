import { describe, expect, it } from 'vitest';
import { findEntryPage } from '../src/index.js';
import { slideOrder } from '../src/pptx-slide-order.js';
import { decodeXmlEntities, drawingMlText } from '../src/xml-text.js';
import { isUnsafePath } from '../src/zip-entry-rules.js';

describe('the small parsers', () => {
  it('decodes XML entities and character references, leaving unknown ones', () => {
    expect(decodeXmlEntities('s&#7889; &#x1ED1; &lt;b&gt; &amp;amp; &nbsp;')).toBe('số ố <b> &amp; &nbsp;');
  });

  it('keeps DrawingML line breaks and drops empty paragraphs', () => {
    const xml =
      '<a:p><a:pPr/><a:r><a:t>Dòng 1</a:t></a:r><a:br/><a:r><a:t>Dòng 2</a:t></a:r></a:p><a:p><a:pPr/></a:p>';
    expect(drawingMlText(xml)).toBe('Dòng 1\nDòng 2');
  });

  it('orders slides numerically when presentation.xml is missing', () => {
    const paths = ['ppt/slides/slide10.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide1.xml'];
    expect(slideOrder(paths)).toEqual([
      'ppt/slides/slide1.xml',
      'ppt/slides/slide2.xml',
      'ppt/slides/slide10.xml',
    ]);
  });

  it('finds no entry page when two folders compete or the page is nested deeper', () => {
    expect(findEntryPage(['a/index.html', 'b/index.html'])).toBeUndefined();
    expect(findEntryPage(['goi/src/index.html', 'goi/app.js'])).toBeUndefined();
    expect(findEntryPage(['goi/index.htm', 'goi/app.js', '__MACOSX/goi/._app.js'])).toBe('goi/index.htm');
  });

  it('knows a safe path from an unsafe one', () => {
    expect(isUnsafePath('bai-1/..hidden/ok.txt')).toBe(false);
    expect(isUnsafePath('bai-1/ok..txt')).toBe(false);
    for (const path of ['..', 'a/..', '/x', 'c:x', 'D:\\x', 'a\\b', ''])
      expect(isUnsafePath(path)).toBe(true);
  });
});
