export * from './online-share.js';
export * from './programme.js';
