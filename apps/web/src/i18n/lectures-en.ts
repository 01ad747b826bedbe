import type { lecturesVi } from './lectures-vi';

/** English texts of the e-learning lectures (SCORM), spread into `en`. */
export const lecturesEn: typeof lecturesVi = {
  lectures: {
    loading: 'Opening the lecture…',
    player: 'E-learning lecture (SCORM {{version}})',
    frameTitle: 'E-learning lecture',
    preview: 'Preview: progress is not saved',
    previewHint: 'You are previewing this lecture. Progress and scores are saved only for students.',
    status: {
      not_started: 'Not started',
      in_progress: 'In progress',
      completed: 'Completed',
      passed: 'Passed',
      failed: 'Not passed',
    },
    mineTitle: 'E-learning lectures',
    mineEmpty: 'No e-learning lecture has been given to your class yet.',
    givenTo: 'Class {{className}}',
    score: 'Score',
    state: 'Status',
    minutes: 'Minutes',
    classTitle: "The class's e-learning lectures",
    classSummary: '{{done}}/{{total}} students finished',
    mastery: 'Pass mark: {{score}}',
  },
};
