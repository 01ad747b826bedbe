import type { Messages } from './vi';

/** English texts of the main app about the student's practice, spread into `en`. */
export const practiceEn: Pick<Messages, 'practice'> = {
  practice: {
    title: 'Practice',
    entry: 'Practise question by question by topic, at your level; questions you miss come back for review.',
    open: 'Start practising',
  },
};
