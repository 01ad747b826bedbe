import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { screenshot, screenshotBoth } from './journey.js';
import { usePage } from './session.js';

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
};

/** A right triangle drawn in blue on white, as a teacher's figure would be: a real PNG, made by hand. */
function trianglePng(width = 240, height = 140): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((3 * width + 1) * height, 0xff);
  for (let y = 0; y < height; y++) {
    rows[y * (3 * width + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const inside = x > 20 && y < height - 20 && (x - 20) / (width - 40) < (y - 20) / (height - 40);
      if (!inside) continue;
      rows.set([0x22, 0x8b, 0xe6], y * (3 * width + 1) + 1 + 3 * x);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ALT = 'Tam giác ABC vuông tại A, AB = 3 cm, AC = 4 cm';

describe('pictures in the question editor', () => {
  const session = usePage();

  it('a teacher inserts a figure with the file picker, describes it, saves, and the question shows it', async () => {
    const page = await session.openAs('giaovien', '/ngan-hang-cau-hoi/moi', 'Soạn câu hỏi');
    const main = page.getByRole('main');
    const stem = main.getByRole('textbox', { name: 'Đề bài' });
    await stem.fill('Cho tam giác ABC như hình: \nĐộ dài cạnh BC là bao nhiêu?');
    // The picture goes where the cursor is: after "như hình: ".
    await stem.evaluate((area: HTMLTextAreaElement) => {
      const at = area.value.indexOf('\n');
      area.setSelectionRange(at, at);
    });

    const chooser = page.waitForEvent('filechooser');
    await main.getByRole('button', { name: 'Chèn ảnh' }).first().click();
    await (await chooser).setFiles({ name: 'tam-giac.png', mimeType: 'image/png', buffer: trianglePng() });
    await main.getByRole('textbox', { name: 'Mô tả ảnh (cho người dùng trình đọc màn hình)' }).fill(ALT);
    await expect
      .poll(() => stem.inputValue())
      .toMatch(
        new RegExp(
          `^Cho tam giác ABC như hình: <img src="/api/question-images/[0-9a-f]{64}" alt="${ALT}" width="240" height="140">\\n`,
        ),
      );
    const preview = main.getByRole('img', { name: ALT });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);

    for (const [i, text] of ['5 cm', '7 cm', '6 cm', '12 cm'].entries()) {
      const box = main.getByRole('textbox', { name: `Phương án ${'ABCD'[i]}`, exact: true });
      if ((await box.count()) === 0) await main.getByRole('button', { name: 'Thêm phương án' }).click();
      await box.fill(text);
    }
    await main.getByRole('radio', { name: 'Phương án A đúng' }).check();
    await screenshotBoth(page, 'question-images-editor');
    await main.getByRole('button', { name: 'Lưu câu hỏi' }).click();
    await page.waitForURL(/\/ngan-hang-cau-hoi\/[0-9a-f-]{36}$/);

    const shown = page.getByRole('main').getByRole('img', { name: ALT });
    await shown.waitFor();
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    await screenshot(page, 'question-images-saved');
  });
});
