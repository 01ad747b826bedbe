export * from './sharing.js';
export * from './visibility.js';
