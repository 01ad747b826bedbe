import { describe, expect, it } from 'vitest';
import { credentialsCsv } from '../src/pages/imports/credentials-csv';

describe('new accounts CSV', () => {
  it('starts with a BOM for Excel and quotes every cell', async () => {
    const blob = credentialsCsv(
      [{ row: 2, username: 'gv.lan', fullName: 'Phạm "Ngọc" Lan', temporaryPassword: 'Abc12345' }],
      ['Dòng', 'Tên đăng nhập', 'Họ và tên', 'Mật khẩu tạm'],
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')).toEqual([
      '"Dòng","Tên đăng nhập","Họ và tên","Mật khẩu tạm"',
      '"2","gv.lan","Phạm ""Ngọc"" Lan","Abc12345"',
      '',
    ]);
  });

  it('keeps names that look like formulas as text', async () => {
    const blob = credentialsCsv(
      [{ row: 3, username: 'hs.a', fullName: '=HYPERLINK("http://x","Bấm")', temporaryPassword: 'Abc12345' }],
      ['Dòng', 'Tên đăng nhập', 'Họ và tên', 'Mật khẩu tạm'],
    );
    const text = new TextDecoder('utf-8').decode(new Uint8Array(await blob.arrayBuffer()));
    expect(text.split('\r\n')[1]).toBe('"3","hs.a","\'=HYPERLINK(""http://x"",""Bấm"")","Abc12345"');
  });
});
