import { byteOpsOf } from '../testing/index.js';

/** Mutations of binary fixtures: the odd values are zero, all bits, the sign bit and UTF-8 lead bytes. */
export const byteOps = byteOpsOf([0, 0xff, 0x7f, 0x80, 0xc0], 256);
