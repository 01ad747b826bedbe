import { createInterface } from 'node:readline';

/** The first line of stdin (`--password-stdin`, for scripts: `echo "$PW" | pnpm cli …`). */
async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Reads a line at the terminal without echoing it. */
function hidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    let typed = '';
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('Đã huỷ. / Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** A password from stdin, or typed twice at the terminal (must match). */
export async function readPassword({ fromStdin }: { fromStdin: boolean }): Promise<string> {
  if (fromStdin) return firstLine();
  const first = await hidden('Mật khẩu / Password: ');
  const again = await hidden('Nhập lại / Again: ');
  if (first !== again) throw new Error('Hai lần nhập không khớp. / The two entries differ.');
  return first;
}
