import { byteOpsOf } from '@hoclieu/question-formats/testing';

/** Mutations of user import files: the odd values are CSV's separators, quote and newline, and UTF-8 bytes. */
export const byteOps = byteOpsOf([0, 0x22, 0x2c, 0x3b, 0x0a, 0xff, 0xc3], 512);
