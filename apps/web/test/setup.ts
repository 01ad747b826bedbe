import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` waits up to 1 s by default; under `npm test` every package's suite shares two cores and a
// first Mantine render can take longer. A slow machine is not a failure; a missing element still is.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lacks the layout APIs Mantine asks for; answer as a desktop browser would.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView ??= () => {};
// Mantine's autosizing textarea listens for web fonts loading.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });
// The router restores the scroll position on navigation; jsdom has no scrolling.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  localStorage.clear();
});
