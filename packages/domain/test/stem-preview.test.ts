import { describe, expect, it } from 'vitest';
import { stemPreview } from '../src/questions/stem-preview.js';

describe('stemPreview', () => {
  it('keeps formulas as $…$ for the web app to typeset', () => {
    expect(stemPreview('<p>Tìm x biết <span class="math" data-latex="\\frac{x}{2}"></span> = 3</p>')).toBe(
      'Tìm x biết $\\frac{x}{2}$ = 3',
    );
  });

  it('shortens without cutting a formula in two', () => {
    const html = `<p>${'a'.repeat(15)} <span class="math" data-latex="x^2 + y^2 = 1"></span></p>`;
    expect(stemPreview(html, 20)).toBe(`${'a'.repeat(15)}…`);
  });
});
