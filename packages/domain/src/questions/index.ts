export * from './check-content.js';
export * from './html-parts.js';
export * from './html-text.js';
export * from './numeric-answer.js';
export * from './paper-part.js';
export * from './status.js';
export * from './stem-preview.js';
