import type { Messages } from './vi';

/** English texts of the indicator "students learning online" and its students, spread into `en`. */
export const learningOnlineEn: Pick<Messages, 'learningOnline'> = {
  learningOnline: {
    title: 'Students learning online',
    intro:
      'A student counts when, in the period, they took a quiz, practised or opened an e-learning lecture on the platform.',
    period: 'From {{from}} to {{to}}',
    month: 'Month',
    wholePeriod: 'Whole report period',
    share: '{{learning}} / {{students}} students',
    kinds: {
      quiz: 'Took a quiz',
      practice: 'Practised',
      lecture: 'Opened an e-learning lecture',
    },
    byLevel: 'By level',
    schoolsTable: 'Students learning online by school',
    districtsTable: 'Students learning online by district office',
    columns: {
      name: 'Unit',
      students: 'Students',
      learning: 'Learning online',
      share: 'Share',
      quiz: 'Quizzes',
      practice: 'Practice',
      lecture: 'Lectures',
      status: 'Status',
    },
    statuses: {
      reached: 'Reached',
      below: 'Below target',
      no_target: 'No target',
    },
    noStudents: 'No students in this unit and school year.',
    students: {
      title: 'Students learning online: {{school}}',
      back: 'Back to the report',
      filter: 'Students',
      all: 'All',
      yes: 'Counted (did something)',
      no: 'Not counted',
      level: 'Level',
      name: 'Full name',
      className: 'Class',
      counted: 'Counted',
      countedYes: 'Yes',
      countedNo: 'No',
      activity: '{{count}} times, last {{last}}',
      empty: 'No student matches the filter.',
      label: 'Students and their online activity',
    },
  },
};
