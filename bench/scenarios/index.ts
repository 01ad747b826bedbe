import type { Scenario } from '../lib/scenario.js';
import { autosave } from './autosave.js';
import { examStart } from './exam-start.js';
import { imports } from './imports.js';
import { orgImport } from './org-import.js';
import { quizPage } from './quiz-page.js';
import { reports } from './reports.js';
import { rollover } from './rollover.js';
import { search } from './search.js';
import { upload } from './upload.js';

/** Every scenario by name, in the order `pnpm bench all` runs them. */
export const scenarios: Record<string, Scenario> = {
  'exam-start': examStart,
  autosave,
  search,
  reports,
  imports,
  'org-import': orgImport,
  rollover,
  upload,
  'quiz-page': quizPage,
};
