import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FormulaButton } from '../src/pages/reports/share-figure';
import { renderComponent } from './render-component';
import { figureOf } from './report-fixtures';

describe('formula popover', () => {
  // Alone, without the report page around it: no late re-render of a big table can swallow the click.
  it('explains a figure: the formula and the programme to date', async () => {
    renderComponent(<FormulaButton figure={figureOf(47, 1000, 0.05, 'below')} name="Trường THCS Tiến Hoá" />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Cách tính: Trường THCS Tiến Hoá' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('formula').textContent).toBe(
      '47 tiết trực tuyến ÷ 1.000 tiết chương trình = 4,70 % (chỉ tiêu 5 %; theo tiến độ đến nay cần 20 tiết)',
    );
    expect(dialog.textContent).toContain('Chương trình đến ngày báo cáo: 400 tiết');
  });
});
