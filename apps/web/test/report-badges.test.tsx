import { describe, expect, it } from 'vitest';
import { LevelBadges } from '../src/components/level-badges';
import { StatusBadge } from '../src/pages/reports/share-figure';
import { renderComponent } from './render-component';

/** The district table's badges wrap and grow with their text instead of ending in "…". */
describe('the badges of the report table', () => {
  it('have no fixed height and no ellipsis, on the badge and on its label', () => {
    const { container } = renderComponent(
      <div style={{ width: 60 }}>
        <StatusBadge status="below" />
        <LevelBadges levels={['lower_secondary', 'upper_secondary']} />
      </div>,
    );
    const badges = [...container.querySelectorAll<HTMLElement>('.mantine-Badge-root')];
    expect(badges.map((badge) => badge.textContent)).toEqual(['Dưới chỉ tiêu', 'THCS', 'THPT']);
    for (const badge of badges) {
      expect(badge.style.height).toBe('auto');
      expect(badge.style.textOverflow).not.toBe('ellipsis');
      const label = badge.querySelector<HTMLElement>('.mantine-Badge-label');
      expect(label?.style.whiteSpace).toBe('normal');
      expect(label?.style.textOverflow).toBe('clip');
      expect(label?.style.overflow).toBe('visible');
    }
  });
});
