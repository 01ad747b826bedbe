import { afterEach, beforeEach, vi } from 'vitest';

/**
 * The names of the files a page saves, in order, for the tests of one file. jsdom has no object
 * URLs and cannot follow a download link, so the link's click records its file name instead.
 */
export function recordDownloads(): string[] {
  const downloads: string[] = [];
  beforeEach(() => {
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    downloads.length = 0;
  });
  return downloads;
}
