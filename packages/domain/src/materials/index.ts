export * from './approval.js';
export * from './deciders.js';
export * from './sharing.js';
export * from './visibility.js';
