import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { exportMoodleXml, parseMoodleXml } from '../src/index.js';
import { questionsOfEveryType } from './sample-questions.js';

const questions = questionsOfEveryType();
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('Moodle XML', () => {
  it('round-trips every question type and the images', () => {
    const images = [{ id: 'hinh 1.png', contentType: 'image/png', dataBase64: PNG }];
    const xml = exportMoodleXml(questions, images);
    expect(xml).toContain('@@PLUGINFILE@@/hinh%201.png');
    const result = importResultSchema.parse(parseMoodleXml(xml));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual(questions);
    expect(result.images).toEqual(images);
  });

  it('reads truefalse, refuses DOCTYPE and reports unknown question types', () => {
    const xml = `<?xml version="1.0"?><quiz>
      <question type="category"><category><text>$course$/Toán</text></category></question>
      <question type="truefalse"><name><text>TF</text></name><questiontext format="html"><text>Trời xanh</text></questiontext>
        <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
      <question type="matching"><name><text>Ghép</text></name></question>
      <question type="multichoice"><name><text>Thiếu</text></name><questiontext><text>Hỏi</text></questiontext>
        <answer fraction="0"><text>x</text></answer></question>
    </quiz>`;
    const result = parseMoodleXml(xml);
    expect(result.questions[0]).toMatchObject({
      number: 'TF',
      type: 'single_choice',
      metadata: { category: '$course$/Toán' },
    });
    expect(result.questions[0]!.options.map((o) => o.correct)).toEqual([true, false]);
    expect(result.problems.map((p) => p.code)).toEqual(['UNSUPPORTED_QUESTION']);
    expect(result.questions[1]!.problems.map((p) => p.code)).toEqual([
      'NO_CORRECT_ANSWER',
      'TOO_FEW_OPTIONS',
    ]);
    const xxe = '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "b">]><quiz>&a;</quiz>';
    expect(parseMoodleXml(xxe).problems.map((p) => p.code)).toEqual(['XML_DOCTYPE']);
    expect(parseMoodleXml('<quiz>').problems.map((p) => p.code)).toEqual(['XML_INVALID']);
  });
});
