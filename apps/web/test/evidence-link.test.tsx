import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvidenceLink } from '../src/pages/reports/record-cells';
import { renderComponent } from './render-component';

describe('an evidence link', () => {
  it('is a link only for http(s): a javascript:, data: or file: address shows as plain text', () => {
    renderComponent(
      <>
        <EvidenceLink link="https://meet.google.com/abc-defg-hij" />
        <EvidenceLink link="javascript:alert(document.cookie)" />
        <EvidenceLink link="data:text/html,<script>alert(1)</script>" />
        <EvidenceLink link="file:///etc/passwd" />
      </>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://meet.google.com/abc-defg-hij']);
    expect(screen.getAllByText('Không phải liên kết web')).toHaveLength(3);
  });
});
