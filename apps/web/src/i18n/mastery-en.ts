import type { Messages } from './vi';

/**
 * English texts of the teacher's side of practice (mastery, practice goals) and estimated difficulty,
 * spread into `en`.
 */
export const masteryEn: Pick<Messages, 'mastery' | 'estimate'> = {
  mastery: {
    open: 'Practice mastery',
    title: 'Practice mastery · Class {{className}}',
    description:
      'The chance of answering a question of average difficulty right, per topic; weakest topics first.',
    student: 'Student',
    classMean: 'Class mean',
    noData: 'The class has not practised any topic of the subjects you follow yet.',
    cell: '{{count}} answered, {{correct}} right',
    answers: '{{count}} answers',
    notPractised: 'Not practised',
    tableLabel: 'Mastery by topic',
    history: 'History',
    historyOf: 'Practice history of {{name}}',
    historyEmpty: 'This student has not practised yet.',
    answeredAt: 'When',
    question: 'Question',
    topic: 'Topic',
    result: 'Result',
    right: 'Right',
    wrong: 'Wrong',
    goals: 'Practise until mastery',
    goalsEmpty: 'The class has no practice goal yet.',
    newGoal: 'Set a goal',
    goalDialog: 'Practice goal for class {{className}}',
    subject: 'Subject',
    goalTopics: 'Topics to practise',
    goalTarget: 'Mastery to reach (%)',
    goalDue: 'Due date',
    goalLine: 'Reach {{target}}% by the end of {{due}}',
    goalReached: '{{count}}/{{total}} students reached it',
    goalCreated: 'Goal set for the class.',
    removeGoal: 'Remove goal',
    goalRemoved: 'Goal removed.',
    reached: 'Reached',
    noTopics: 'No topics for this subject and grade yet.',
  },
  estimate: {
    fact: 'Estimated difficulty',
    filter: {
      easy: 'Easy',
      medium: 'Medium',
      hard: 'Hard',
      none: 'Not estimated yet',
    },
    preferInMatrix: 'Prefer questions whose estimated difficulty fits the level',
    preferHint:
      "Recognition: easy, understanding: medium, application: hard (estimated from students' answers); others fill the gaps.",
    bands: {
      easy: 'Easy',
      medium: 'Medium',
      hard: 'Hard',
    },
    badge: 'Estimated: {{band}} · {{percent}}% · {{count}} answers',
    hint: 'Difficulty estimated from practice and test answers: an average student answers it right about {{percent}}% of the time.',
  },
};
