import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VersionList } from '../src/components/version-heading';
import { renderComponent } from './render-component';

const labels = { title: (number: number) => `Phiên bản ${number}`, current: 'Hiện tại' };

describe('VersionList', () => {
  it('lists versions newest first and marks the current one', () => {
    renderComponent(
      <VersionList
        of={{ versions: [{ number: 1 }, { number: 3 }, { number: 2 }], currentVersion: 2 }}
        labels={labels}
        gap="xs"
        testId="versions"
        aside={(version, current) => (current ? null : `mở ${version.number}`)}
      >
        {(version) => `ghi chú ${version.number}`}
      </VersionList>,
    );
    const text = screen.getByTestId('versions').textContent ?? '';
    expect(text).toBe('Phiên bản 3mở 3ghi chú 3Phiên bản 2Hiện tạighi chú 2Phiên bản 1mở 1ghi chú 1');
  });

  it('says `empty` instead of a list when there is no version', () => {
    renderComponent(
      <VersionList
        of={{ versions: [], currentVersion: 0 }}
        labels={labels}
        gap="xs"
        testId="versions"
        aside={() => null}
        empty="Chưa có tệp"
      />,
    );
    expect(screen.getByText('Chưa có tệp')).toBeTruthy();
    expect(screen.queryByTestId('versions')).toBeNull();
  });
});
