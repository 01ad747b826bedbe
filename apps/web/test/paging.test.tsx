import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Paging } from '../src/components/paging';
import { renderComponent } from './render-component';

describe('paging', () => {
  it('says "more than" when the search counted only up to its cap', () => {
    renderComponent(<Paging total={1000} capped page={1} pageSize={20} onChange={() => undefined} />);
    expect(screen.getByText(/^Hơn 1000 kết quả/)).toBeTruthy();
  });

  it('gives an exact total otherwise', () => {
    renderComponent(<Paging total={42} page={1} pageSize={20} onChange={() => undefined} />);
    expect(screen.getByText('Tổng số: 42')).toBeTruthy();
  });
});
