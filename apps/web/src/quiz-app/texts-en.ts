import type { PaperPart } from '@hoclieu/contracts';
import type { Progress } from './paper-items';
import { formatNumber } from './quiz-language';

/**
 * The quiz page in English (its shape is checked against the Vietnamese one in ./texts), for a
 * browser whose main app is in English. Server messages are Vietnamese, so the errors a student can
 * meet here are written out by code; others fall back to `internal`.
 */
export const textsEn = {
  pageTitle: 'Test – Hoclieu',
  loading: 'Loading…',
  retry: 'Try again',
  requestId: (id: string) => `Request id: ${id}`,
  versionCode: (code: string) => `Paper ${code}`,
  timeLeft: 'Time left',
  minutesLeft: (minutes: number) => `${minutes} minutes left.`,
  layoutLabel: 'Layout',
  layoutSingle: 'One question',
  layoutAll: 'Whole test',
  questionList: 'Questions',
  answeredOf: (done: number, total: number) => `${done}/${total} answered`,
  question: (number: number | string) => `Question ${number}`,
  points: (points: number) => `${formatNumber(points)} ${points === 1 ? 'point' : 'points'}`,
  parts: {
    I: 'Part I. Multiple choice',
    II: 'Part II. True/False',
    III: 'Part III. Short answer',
    essay: 'Essay',
  } satisfies Record<PaperPart, string>,
  flag: 'Flag',
  previous: 'Previous',
  next: 'Next',
  position: (current: number, total: number) => `Question ${current}/${total}`,
  chooseOne: 'Choose one answer',
  chooseMany: 'Choose one or more answers',
  clear: 'Clear',
  true: 'True',
  false: 'False',
  shortAnswer: 'Answer',
  shortAnswerHint: 'Numbers only; a comma or a point for decimals (e.g. 0.5).',
  toggleSign: 'Change sign',
  essay: 'Your answer',
  legend: { done: 'Answered', partial: 'Partly answered', empty: 'Not answered', flagged: 'Flagged' },
  navState: { done: 'answered', partial: 'partly answered', empty: 'not answered' } satisfies Record<
    Progress,
    string
  >,
  navFlagged: 'flagged',
  close: 'Close',
  submit: 'Submit',
  confirmTitle: 'Submit the test?',
  confirmAllDone: 'You have answered every question.',
  confirmUnanswered: (count: number) =>
    `${count} ${count === 1 ? 'question is' : 'questions are'} not fully answered.`,
  confirmFlagged: (count: number) => `${count} ${count === 1 ? 'question is' : 'questions are'} flagged.`,
  confirmNote: 'Once submitted, you cannot change your answers.',
  confirmSubmit: 'Submit',
  keepWorking: 'Keep working',
  submitting: 'Submitting…',
  sendingPending: 'Sending your remaining answers. Do not close this page.',
  offlineWaiting:
    'You are offline. Your answers are kept on this device; the test is sent and submitted as soon as you are back online.',
  timeUp: 'Time is up',
  timeUpText: 'Time is up: your test was submitted automatically.',
  closed: 'Test closed',
  closedText: 'This attempt is submitted or out of time.',
  submitted: 'Submitted',
  resultLater: 'Submitted – results will be published later.',
  score: 'Your score',
  scoreValue: (score: number, max: number) => `${formatNumber(score)}/${formatNumber(max)}`,
  viewReview: 'See the corrected test',
  viewOwnAnswers: 'See your answers',
  backToList: 'Back to my tests',
  finishFailed: 'The test is not submitted yet.',
  supervisionNote:
    'This test records when you leave the test page (switching app or tab) and when you continue on another device; nothing else is collected.',
  deviceLocked:
    'This test may be taken on one device only and is open on another one. Ask your teacher to unlock it to continue on this device.',
  sync: {
    saved: 'Saved',
    saving: 'Saving…',
    offline: (pending: number) => `Offline – ${pending} answers waiting`,
    failing: (pending: number) => `Not saved yet – ${pending} answers waiting`,
    closed: 'Test closed',
    locked: (pending: number) => `Open on another device – ${pending} answers waiting`,
  },
  network: 'Cannot reach the server. Check your connection and try again.',
  internal: 'Something went wrong. Try again; if it persists, tell an administrator the request id.',
  errors: {
    UNAUTHENTICATED: 'Please sign in to continue.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'The requested item was not found.',
    CSRF_INVALID: 'Your session token is invalid; please reload the page.',
    RATE_LIMITED: 'Too many requests; please try again in a few minutes.',
    ATTEMPT_NOT_FOUND: 'Attempt not found.',
    ASSIGNMENT_NOT_OPEN: 'The test is not open now.',
    ATTEMPTS_EXHAUSTED: 'You have used all your attempts.',
    ATTEMPT_CLOSED: 'The attempt is submitted or out of time; this answer was not saved.',
    ATTEMPT_DEVICE_LOCKED:
      'This test may be taken on one device only and is open on another one. Ask your teacher to unlock it to continue here.',
    ITEM_NOT_FOUND: 'No such question in the test.',
    OPTION_NOT_FOUND: 'The chosen option is not in this attempt; please reload the page.',
    VALIDATION_FAILED: 'The request data is not valid.',
    PRACTICE_NOT_SERVED:
      'This is not the question practice gave you (or it was too long ago). Please take the next question.',
    PRACTICE_QUESTION_UNAVAILABLE:
      'This question cannot be practised now (it is in an open test or was withdrawn).',
    PRACTICE_ALREADY_ANSWERED: 'This question has already been answered. Please take the next question.',
  },
};
