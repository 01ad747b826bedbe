import { MantineProvider } from '@mantine/core';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error';
import { createI18n } from '../src/i18n/i18n';
import { UploadList } from '../src/pages/materials/upload-list';
import type { UploadItem } from '../src/pages/materials/use-file-uploads';
import { MATERIAL_ID } from './material-fixtures';

const items: UploadItem[] = [
  { key: 'a', name: 'bai-giang.pdf', size: 615_000, progress: 0.42, phase: 'uploading' },
  {
    key: 'b',
    name: 'cai-dat.pdf',
    size: 128,
    progress: 1,
    phase: 'refused',
    error: new ApiError('FILE_TYPE_REFUSED', 422),
    reason: 'Không cho phép tải lên tệp thực thi (chương trình, bộ cài, tập lệnh).',
  },
  {
    key: 'c',
    name: 'ban-sao.pdf',
    size: 589,
    progress: 1,
    phase: 'stored',
    upload: {
      id: '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b77',
      name: 'ban-sao.pdf',
      size: 589,
      status: 'stored',
      contentType: 'application/pdf',
      category: 'pdf',
      sha256: 'ab',
      rejectionReason: null,
      duplicates: [{ materialId: MATERIAL_ID, title: 'Phân số lớp 6' }],
    },
  },
];

/** The list inside a bare router (its duplicate links are router links). */
function renderList() {
  const rootRoute = createRootRoute({ component: () => <UploadList items={items} onRemove={() => {}} /> });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('upload list', () => {
  it('shows progress, a refusal with its reason, and a duplicate linking to the existing material', async () => {
    renderList();
    const progress = await screen.findByRole('progressbar', { name: 'Tiến độ tải lên bai-giang.pdf' });
    expect(progress.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByText('Đang tải lên: 42%')).toBeTruthy();

    expect(screen.getByText('Bị từ chối')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Loại tệp này không được phép');
    expect(screen.getByRole('alert').textContent).toContain('Không cho phép tải lên tệp thực thi');

    expect(screen.getByText('Tệp này giống hệt tệp trong học liệu đã có:')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Phân số lớp 6' }).getAttribute('href')).toBe(
      `/hoc-lieu/${MATERIAL_ID}`,
    );
    expect(screen.getByRole('button', { name: 'Bỏ tệp bai-giang.pdf' })).toBeTruthy();
  });
});
