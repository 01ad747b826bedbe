import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SubjectTopicFields } from '../src/pages/materials/subject-topic-fields';
import { SubjectGradeTopicFields } from '../src/pages/questions/editor/subject-grade-topic-fields';
import { fakeFetch, json } from './fake-api';
import { renderComponent } from './render-component';

const api = () =>
  fakeFetch({
    'GET /api/curriculum/periods': () =>
      json(200, {
        items: [
          {
            level: 'lower_secondary',
            grade: 8,
            subjectCode: 'ngu-van',
            subjectName: 'Ngữ văn',
            periodsPerYear: 140,
            kind: 'compulsory',
          },
        ],
      }),
    'GET /api/curriculum/topics': () => json(200, { items: [] }),
  }).fetch;

const MISSING = 'Chưa có chương, bài cho Ngữ văn 8 — quản trị có thể nhập';

describe('topic pickers say what is missing', () => {
  it('the question editor names the subject and grade without topics', async () => {
    renderComponent(
      <SubjectGradeTopicFields
        value={{ subjectCode: 'ngu-van', grade: 8, topicId: null }}
        onChange={() => {}}
      />,
      api(),
    );
    expect(await screen.findByText(MISSING)).toBeTruthy();
  });

  it('so does the materials form', async () => {
    renderComponent(
      <SubjectTopicFields
        value={{ level: 'lower_secondary', grade: 8, subjectCode: 'ngu-van', topicIds: [] } as never}
        onChange={() => {}}
        invalid={new Set()}
      />,
      api(),
    );
    expect(await screen.findByText(MISSING)).toBeTruthy();
  });
});
