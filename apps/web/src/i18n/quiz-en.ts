import type { Messages } from './vi';

/** English texts of the student's side of tests, spread into `en`. */
export const quizEn: Pick<Messages, 'quizList' | 'duration' | 'quiz' | 'quizResult'> = {
  quizList: {
    title: 'Tests',
    intro: 'Tests assigned to your class.',
    empty: 'No test has been assigned yet.',
    timeLimit: '{{minutes}} minutes to answer',
    attempts: '{{used}} of {{allowed}} attempts used',
    states: {
      upcoming: 'Not open yet',
      open: 'Open',
      inProgress: 'In progress',
      submitted: 'Submitted',
      closed: 'Closed',
    },
    opensAt: 'Opens {{time}}',
    closesIn: '{{duration}} left (closes {{time}})',
    closedAt: 'Closed {{time}}',
    score: 'Score: {{score}}/{{max}}',
    scorePending: 'Results will be published later',
    start: 'Start',
    resume: 'Continue',
    retake: 'Try again',
    viewResult: 'View result',
  },
  duration: {
    days: '{{days}} d {{hours}} h',
    hours: '{{hours}} h {{minutes}} min',
    minutes: '{{minutes}} min',
  },
  quiz: {
    true: 'True',
    false: 'False',
    score: 'Your score',
    scoreValue: '{{score}}/{{max}}',
    backToList: 'Back to tests',
  },
  quizResult: {
    title: 'Result',
    submittedAt: 'Submitted {{time}}',
    notSubmitted: 'This attempt has not been submitted.',
    continue: 'Continue the test',
    notReleased: 'Results will be published later.',
    reviewTitle: 'Review',
    reviewLater: 'The review will be available once results are published.',
    ownAnswersTitle: 'Your answers',
    hold: {
      classmatesAnswering:
        'Answers and solutions will show after {{time}} (Vietnam time), once every classmate’s time is over.',
      retakeLeft:
        'You have a retake left: answers and solutions will show once you have used all your attempts.',
      retakeLeftUntil:
        'You have a retake left: answers and solutions will show once you have used all your attempts or the test has closed, and not before {{time}} (Vietnam time), once every classmate’s time is over.',
      notReleased: 'Your score, the answers and solutions will show when your teacher publishes the results.',
      notReleasedUntil:
        'Your score, the answers and solutions will show after {{time}} (Vietnam time), once every classmate’s time is over.',
    },
    question: 'Question {{number}}',
    itemScore: '{{score}}/{{max}} points',
    status: {
      correct: 'Correct',
      partial: 'Partly correct',
      wrong: 'Wrong',
      blank: 'Blank',
      manual: 'Awaiting grading',
    },
    yourChoice: 'Your choice',
    correctAnswer: 'Correct answer',
    yourAnswer: 'Your answer',
    noAnswer: 'No answer',
    key: 'Key',
  },
};
