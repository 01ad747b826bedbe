import { StringDecoder } from 'node:string_decoder';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SheetRow } from '@hoclieu/domain';
import { openZipEntry, type RandomAccessSource } from '@hoclieu/media';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Inflated bytes allowed per part: a province's student sheet is some 100 MB of XML. */
const MAX_PART_BYTES = 1024 ** 3;
/** Characters of XML parsed between two turns of the event loop (a few hundred rows). */
const SLICE = 32 * 1024;

/**
 * A minimal streaming reader of .xlsx sheets over random-access bytes (the stored blob, read by
 * ranges): each part is inflated and parsed as it streams, one row at a time, so memory holds the
 * shared strings and one row, never a sheet. (ExcelJS's streaming reader depends on the order of
 * the zip's entries and loses the sheet names of its own files: see the README.)
 */
export interface XlsxSheet {
  name: string;
  path: string;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

async function* parts(source: RandomAccessSource, path: string, onTag: (parser: SaxesParser) => void) {
  const entry = await openZipEntry(source, path, MAX_PART_BYTES);
  if (!entry) return;
  const parser = new SaxesParser();
  onTag(parser);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of entry.stream) {
    const text = decoder.write(chunk as Buffer);
    // Parsed a slice at a time, the event loop turning in between: answer saves are not kept waiting.
    for (let start = 0; start < text.length; start += SLICE) {
      parser.write(text.slice(start, start + SLICE));
      yield;
      await nextTurn();
    }
  }
  parser.write(decoder.end());
  parser.close();
  yield;
}

async function readAll(source: RandomAccessSource, path: string, onTag: (parser: SaxesParser) => void) {
  for await (const _ of parts(source, path, onTag)) {
    // Consumed for the handlers' side effects.
  }
}

/** The sheets in workbook order, with their part paths. */
export async function xlsxSheets(source: RandomAccessSource): Promise<XlsxSheet[]> {
  const targets = new Map<string, string>();
  await readAll(source, 'xl/_rels/workbook.xml.rels', (parser) => {
    parser.on('opentag', (tag) => {
      if (local(tag.name) !== 'Relationship') return;
      const target = String(tag.attributes.Target ?? '');
      targets.set(String(tag.attributes.Id ?? ''), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    });
  });
  const sheets: XlsxSheet[] = [];
  await readAll(source, 'xl/workbook.xml', (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      if (local(tag.name) !== 'sheet') return;
      const id = Object.entries(tag.attributes).find(([key]) => local(key) === 'id')?.[1];
      const path = targets.get(String(id ?? ''));
      if (path) sheets.push({ name: String(tag.attributes.name ?? ''), path });
    });
  });
  return sheets;
}

/** The shared strings table (rich text runs joined, phonetic runs left out). */
export async function xlsxSharedStrings(source: RandomAccessSource): Promise<string[]> {
  const strings: string[] = [];
  let text: string | null = null;
  let inText = false;
  let phonetic = 0;
  await readAll(source, 'xl/sharedStrings.xml', (parser) => {
    parser.on('opentag', (tag) => {
      const name = local(tag.name);
      if (name === 'si') text = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't') inText = phonetic === 0;
    });
    parser.on('text', (value) => {
      if (inText && text !== null) text += value;
    });
    parser.on('closetag', (tag) => {
      const name = local(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        strings.push(text ?? '');
        text = null;
      }
    });
  });
  return strings;
}

const columnIndex = (reference: string) => {
  let index = 0;
  for (const character of reference.replace(/\d+$/, '')) index = index * 26 + (character.charCodeAt(0) - 64);
  return index - 1;
};

/** A sheet's rows as text cells (trimmed), with the row numbers the spreadsheet shows. */
export async function* xlsxRows(
  source: RandomAccessSource,
  path: string,
  strings: string[],
): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let cell: { index: number; type: string; value: string; inline: string } | null = null;
  let reading: 'v' | 't' | null = null;
  const onTag = (parser: SaxesParser) => {
    parser.on('opentag', (tag) => {
      const name = local(tag.name);
      if (name === 'row') {
        rowNumber = tag.attributes.r ? Number(tag.attributes.r) : rowNumber + 1;
        cells = [];
      } else if (name === 'c') {
        const reference = String(tag.attributes.r ?? '');
        cell = {
          index: reference ? columnIndex(reference) : cells.length,
          type: String(tag.attributes.t ?? 'n'),
          value: '',
          inline: '',
        };
      } else if (name === 'v' || name === 't') reading = name;
    });
    parser.on('text', (value) => {
      if (!cell || !reading) return;
      if (reading === 'v') cell.value += value;
      else cell.inline += value;
    });
    parser.on('closetag', (tag) => {
      const name = local(tag.name);
      if (name === 'v' || name === 't') reading = null;
      else if (name === 'c' && cell) {
        const text =
          cell.type === 's'
            ? (strings[Number(cell.value)] ?? '')
            : cell.type === 'inlineStr'
              ? cell.inline
              : cell.type === 'b'
                ? cell.value === '1'
                  ? 'TRUE'
                  : 'FALSE'
                : cell.value;
        if (cell.index >= 0 && cell.index < 1000) cells[cell.index] = text.trim();
        cell = null;
      } else if (name === 'row') {
        const filled = Array.from(cells, (value) => value ?? '');
        if (filled.some((value) => value !== '')) ready.push({ row: rowNumber, cells: filled });
      }
    });
  };
  for await (const _ of parts(source, path, onTag)) {
    while (ready.length > 0) yield ready.shift() as SheetRow;
  }
}
