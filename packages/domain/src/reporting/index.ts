export * from './learning-online.js';
export * from './online-share.js';
export * from './programme.js';
