export * from './columns.js';
export * from './duplicates.js';
export * from './fields.js';
export * from './permissions.js';
export * from './rows.js';
export * from './subjects.js';
export * from './table.js';
