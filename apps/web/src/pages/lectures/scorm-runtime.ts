import type { LectureCommit, LecturePlay } from '@hoclieu/contracts';
import { formatTime, timeSeconds } from './scorm-time';

type Flat = Record<string, string>;

/** What the player needs of a scorm-again API object, whichever version. */
export interface ScormRuntime {
  api: Record<string, unknown>;
  /** The learner's state as the content will read it, for the frame's cache (see launch-page.ts). */
  seed: Flat;
  /** The state to commit now. */
  read(finished: boolean): Omit<LectureCommit, 'sessionId'>;
  on(event: string, listener: () => void): void;
}

interface ScormAgainApi {
  loadFromFlattenedJSON(json: Flat): void;
  getFlattenedCMI(): Flat;
  on(event: string, listener: () => void): void;
}

const SETTINGS = { logLevel: 5, autocommit: false, lmsCommitUrl: false } as const;

const number = (value: unknown): number | null => {
  const parsed = Number.parseFloat(String(value ?? ''));
  return Number.isFinite(parsed) ? parsed : null;
};
const optional = (entries: [string, number | null][]): Flat =>
  Object.fromEntries(entries.filter(([, v]) => v !== null).map(([k, v]) => [k, String(v)]));

/** scorm-again's types say default export, its ESM builds export the class by name: accept both. */
async function scormAgain(version: '1.2' | '2004') {
  if (version === '1.2') {
    const module = await import('scorm-again/scorm12');
    return (module as unknown as { Scorm12API?: typeof module.default }).Scorm12API ?? module.default;
  }
  const module = await import('scorm-again/scorm2004');
  return (module as unknown as { Scorm2004API?: typeof module.default }).Scorm2004API ?? module.default;
}

const LESSON_STATUS: Record<string, [LectureCommit['completionStatus'], LectureCommit['successStatus']]> = {
  passed: ['completed', 'passed'],
  failed: ['completed', 'failed'],
  completed: ['completed', 'unknown'],
  incomplete: ['incomplete', 'unknown'],
  browsed: ['incomplete', 'unknown'],
  'not attempted': ['not attempted', 'unknown'],
};

/** The scorm-again runtime of the lecture's version, loaded with what the student left last time. */
export async function createScormRuntime(play: LecturePlay): Promise<ScormRuntime> {
  const Api = await scormAgain(play.version);
  const api = new Api(SETTINGS) as unknown as ScormAgainApi;
  const state = play.state;
  const resume = state !== null && (state.exit === 'suspend' || state.suspendData !== '');
  const startedAt = Date.now();
  const elapsed = () => (Date.now() - startedAt) / 1000;
  const sessionOf = (reported: string) => timeSeconds(reported) || elapsed();
  let loaded: Flat;
  if (play.version === '1.2') {
    loaded = {
      'cmi.core.student_id': play.learner.id,
      'cmi.core.student_name': play.learner.name,
      'cmi.core.entry': resume ? 'resume' : state ? '' : 'ab-initio',
      'cmi.core.lesson_status': state?.lessonStatus ?? 'not attempted',
      'cmi.core.lesson_location': state?.location ?? '',
      'cmi.core.total_time': formatTime('1.2', state?.totalSeconds ?? 0),
      'cmi.suspend_data': state?.suspendData ?? '',
      ...optional([
        ['cmi.core.score.raw', state?.score.raw ?? null],
        ['cmi.core.score.min', state?.score.min ?? null],
        ['cmi.core.score.max', state?.score.max ?? null],
        ['cmi.student_data.mastery_score', play.masteryScore],
      ]),
    };
  } else {
    loaded = {
      'cmi.learner_id': play.learner.id,
      'cmi.learner_name': play.learner.name,
      'cmi.entry': resume ? 'resume' : '',
      'cmi.completion_status': state?.completionStatus ?? 'not attempted',
      'cmi.success_status': state?.successStatus ?? 'unknown',
      'cmi.location': state?.location ?? '',
      'cmi.total_time': formatTime('2004', state?.totalSeconds ?? 0),
      'cmi.suspend_data': state?.suspendData ?? '',
      ...optional([
        ['cmi.score.raw', state?.score.raw ?? null],
        ['cmi.score.min', state?.score.min ?? null],
        ['cmi.score.max', state?.score.max ?? null],
        ['cmi.score.scaled', state?.score.scaled ?? null],
        ['cmi.scaled_passing_score', play.masteryScore === null ? null : play.masteryScore / 100],
      ]),
    };
  }
  api.loadFromFlattenedJSON(loaded);
  const seed = { ...api.getFlattenedCMI(), ...loaded };
  const value = (key: string) => api.getFlattenedCMI()[key] ?? '';

  const read = (finished: boolean): Omit<LectureCommit, 'sessionId'> => {
    if (play.version === '1.2') {
      const lessonStatus = (value('cmi.core.lesson_status') || 'not attempted') as NonNullable<
        LectureCommit['lessonStatus']
      >;
      const [completionStatus, successStatus] = LESSON_STATUS[lessonStatus] ?? ['unknown', 'unknown'];
      return {
        version: '1.2',
        completionStatus,
        successStatus,
        lessonStatus,
        score: {
          raw: number(value('cmi.core.score.raw')),
          min: number(value('cmi.core.score.min')),
          max: number(value('cmi.core.score.max')),
          scaled: null,
        },
        sessionSeconds: sessionOf(value('cmi.core.session_time')),
        location: value('cmi.core.lesson_location'),
        suspendData: value('cmi.suspend_data'),
        exit: value('cmi.core.exit') as LectureCommit['exit'],
        finished,
      };
    }
    return {
      version: '2004',
      completionStatus: (value('cmi.completion_status') || 'unknown') as LectureCommit['completionStatus'],
      successStatus: (value('cmi.success_status') || 'unknown') as LectureCommit['successStatus'],
      lessonStatus: null,
      score: {
        raw: number(value('cmi.score.raw')),
        min: number(value('cmi.score.min')),
        max: number(value('cmi.score.max')),
        scaled: number(value('cmi.score.scaled')),
      },
      sessionSeconds: sessionOf(value('cmi.session_time')),
      location: value('cmi.location'),
      suspendData: value('cmi.suspend_data'),
      exit: value('cmi.exit') as LectureCommit['exit'],
      finished,
    };
  };
  return {
    api: api as unknown as Record<string, unknown>,
    seed,
    read,
    on: (event, listener) => api.on(event, listener),
  };
}
