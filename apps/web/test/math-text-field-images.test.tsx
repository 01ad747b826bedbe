import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MathTextField } from '../src/pages/questions/editor/math-text-field';
import { FakeXhr, useFakeXhr } from './fake-xhr';
import { renderComponent } from './render-component';

const URL = `/api/question-images/${'c'.repeat(64)}`;

function Field({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <MathTextField label="Đề bài" value={value} onChange={setValue} />;
}

useFakeXhr();

describe('pictures in a question text field', () => {
  it('uploads a pasted screenshot, puts its img tag at the cursor and takes its alt text', async () => {
    renderComponent(<Field initial="Quan sát hình  rồi trả lời." />);
    const user = userEvent.setup();
    const area = screen.getByRole('textbox', { name: 'Đề bài' }) as HTMLTextAreaElement;
    area.setSelectionRange(14, 14);
    const file = new File(['png'], 'image.png', { type: 'image/png' });
    fireEvent.paste(area, { clipboardData: { files: [file], getData: () => '' } });

    const xhr = await waitFor(() => {
      if (!FakeXhr.last) throw new Error('nothing uploaded');
      return FakeXhr.last;
    });
    expect(xhr.url).toBe('/api/question-images');
    expect(await screen.findByText('Đang tải ảnh lên…')).toBeTruthy();
    act(() => xhr.respond(200, JSON.stringify({ url: URL, width: 120, height: 80 })));

    const tag = `<img src="${URL}" alt="" width="120" height="80">`;
    await waitFor(() => expect(area.value).toBe(`Quan sát hình ${tag} rồi trả lời.`));
    expect(screen.queryByText('Đang tải ảnh lên…')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Mô tả ảnh/ }), 'Đồ thị hàm số');
    expect(area.value).toContain(`<img src="${URL}" alt="Đồ thị hàm số" width="120" height="80">`);
  });

  it('leaves text copied from Word as text, even when the clipboard also holds a picture of it', async () => {
    renderComponent(<Field initial="" />);
    const area = screen.getByRole('textbox', { name: 'Đề bài' });
    const file = new File(['png'], 'image.png', { type: 'image/png' });
    fireEvent.paste(area, { clipboardData: { files: [file], getData: () => 'Câu 1. Tính' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(FakeXhr.last).toBeNull();
  });
});
