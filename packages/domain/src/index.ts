export * from './assessment/index.js';
export * from './authz.js';
export * from './imports/index.js';
export * from './materials/index.js';
export * from './password-policy.js';
export * from './questions/index.js';
export * from './school-kind.js';
export * from './text.js';
