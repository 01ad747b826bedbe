import type {
  AttemptResult,
  AttemptView,
  LabelledAnswer,
  PaperQuestion,
  StudentAnswerInput,
} from '@hoclieu/contracts';
import type { Random } from './random.js';

/** What the server acknowledged: one save of one answer. */
export interface AckedSave {
  attemptId: string;
  /** The student's mã đề: the harness reads the printed letters back to the test's own with it. */
  versionCode: string;
  key: string;
  seq: number;
  /** By the letters printed on the student's paper (the page sends option ids, see `printed`). */
  answer: LabelledAnswer | null;
}

/** Counters shared by every simulated student. */
export interface ClientStats {
  requests: number;
  /** No answer: connection refused or cut (a killed API), or a timeout. */
  networkErrors: number;
  serverErrors: number;
  /** GETs of the attempt after a failed save, as the web client does on reconnect. */
  resumes: number;
  /** Sessions the server forgot (should stay 0: sessions live in PostgreSQL). */
  relogins: number;
}

export const emptyStats = (): ClientStats => ({
  requests: 0,
  networkErrors: 0,
  serverErrors: 0,
  resumes: 0,
  relogins: 0,
});

interface Reply {
  status: number;
  body: unknown;
}

class Unanswered extends Error {}

const REQUEST_TIMEOUT_MS = 20_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A refusal for good (4xx other than the retryable ones): the run is wrong, not the network. */
class Refused extends Error {
  constructor(
    readonly what: string,
    readonly reply: Reply,
  ) {
    super(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
  }
}

/** A unit the student answers: a question, or one question of a group ("3.1"). */
interface Answerable {
  key: string;
  type: PaperQuestion['type'];
  /** This attempt's option ids with the letters printed beside them. */
  options: { id: string; display: string }[];
  statements: ('a' | 'b' | 'c' | 'd')[];
}

function answerables(paper: PaperQuestion[]): Answerable[] {
  return paper.flatMap((q) =>
    (q.children.length ? q.children : [q]).map((part) => ({
      key: part.key,
      type: part.type,
      options: part.options.map((o) => ({ id: o.id, display: o.display })),
      statements: part.statements.map((s) => s.label),
    })),
  );
}

const SHORT_ANSWERS = ['1', '2', '0,5', '12', '-3', '2,25', 'x = 2', '100'];

/** A plausible answer for the unit, or null (the student clears it) one time in ten. */
function answerFor(unit: Answerable, random: Random): StudentAnswerInput | null {
  if (random.next() < 0.1) return null;
  switch (unit.type) {
    case 'single_choice':
      return { choice: random.pick(unit.options).id };
    case 'multiple_select': {
      const picked = unit.options.filter(() => random.next() < 0.5);
      // Sorted, as the server echoes them (ids in no telling order).
      return { choices: (picked.length ? picked : [random.pick(unit.options)]).map((o) => o.id).sort() };
    }
    case 'true_false_group':
      return { statements: Object.fromEntries(unit.statements.map((label) => [label, random.next() < 0.5])) };
    case 'short_answer':
      return { text: random.pick(SHORT_ANSWERS) };
    default:
      return { text: `Bài làm ${random.int(1, 1000)}` };
  }
}

/** An answer by option ids as the letters printed on the paper (what a teacher reads back). */
function printed(unit: Answerable | undefined, answer: StudentAnswerInput | null): LabelledAnswer | null {
  if (!answer) return null;
  const letter = (id: string) => unit?.options.find((o) => o.id === id)?.display ?? id;
  const { choice, choices, ...rest } = answer;
  return {
    ...rest,
    ...(choice !== undefined && { choice: letter(choice) }),
    ...(choices !== undefined && { choices: choices.map(letter) }),
  };
}

/**
 * One student on the quiz page, as the web client behaves: every change takes the next sequence
 * number of the attempt and is resent until acknowledged; after a failed save the page reloads the
 * attempt (GET) before trying again.
 */
export class SimulatedStudent {
  private cookie = '';
  private csrf = '';
  attemptId = '';
  versionCode = '';
  private seq = 0;
  private units: Answerable[] = [];
  /** The answer the student last got acknowledged, by unit key (null: cleared). */
  readonly latest = new Map<string, StudentAnswerInput | null>();

  /** `latest` by the letters printed on the paper. */
  printedLatest(): Map<string, LabelledAnswer | null> {
    return new Map(
      [...this.latest].map(([key, answer]) => [
        key,
        printed(
          this.units.find((u) => u.key === key),
          answer,
        ),
      ]),
    );
  }

  constructor(
    private readonly baseUrl: string,
    readonly username: string,
    private readonly password: string,
    private readonly random: Random,
    private readonly stats: ClientStats,
    private readonly onAck: (save: AckedSave) => void,
  ) {}

  private async send(method: string, path: string, body?: unknown): Promise<Reply> {
    this.stats.requests++;
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      this.stats.networkErrors++;
      throw new Unanswered(String(error));
    }
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('hoclieu_session='));
    if (cookie) this.cookie = cookie;
    const text = await response.text().catch(() => {
      this.stats.networkErrors++;
      throw new Unanswered('body cut');
    });
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a proxy page): kept as text for the error message.
    }
    if (response.status >= 500) this.stats.serverErrors++;
    return { status: response.status, body: parsed };
  }

  /**
   * Sends until the server answers for good: no answer, 5xx, 408 and 429 are retried with backoff
   * (the web client's "offline"), a lost session signs in again. Other 4xx throw `Refused`.
   */
  private async call<T>(what: string, method: string, path: string, body?: unknown): Promise<T> {
    for (let failures = 0; ; failures++) {
      if (failures > 200) throw new Error(`${what}: still failing after ${failures} tries`);
      let reply: Reply;
      try {
        reply = await this.send(method, path, body);
      } catch (error) {
        if (!(error instanceof Unanswered)) throw error;
        await this.backoff(failures);
        continue;
      }
      if (reply.status >= 200 && reply.status < 300) return reply.body as T;
      if (reply.status >= 500 || reply.status === 408 || reply.status === 429) {
        await this.backoff(failures);
        continue;
      }
      if (reply.status === 401 && what !== 'login') {
        this.stats.relogins++;
        await this.login();
        continue;
      }
      throw new Refused(what, reply);
    }
  }

  private backoff(failures: number) {
    return sleep(Math.min(3000, 200 * 2 ** Math.min(failures, 4)) * this.random.between(0.5, 1.5));
  }

  async login(): Promise<void> {
    this.cookie = '';
    const session = await this.call<{ csrfToken: string }>('login', 'POST', '/api/auth/login', {
      username: this.username,
      password: this.password,
    });
    this.csrf = session.csrfToken;
  }

  async start(assignmentId: string): Promise<void> {
    const view = await this.call<AttemptView>(
      'start',
      'POST',
      `/api/assignments/${assignmentId}/attempts`,
      {},
    );
    this.attemptId = view.id;
    this.versionCode = view.versionCode;
    this.seq = view.seq;
    this.units = answerables(view.questions);
  }

  /** Changes one answer and keeps sending it until the server acknowledges it. */
  async answerOne(): Promise<void> {
    const unit = this.random.pick(this.units);
    const answer = answerFor(unit, this.random);
    this.seq += 1;
    const body = { seq: this.seq, answers: [{ key: unit.key, answer }] };
    for (let failures = 0; ; failures++) {
      if (failures > 200) throw new Error(`save ${this.username}#${this.seq}: no acknowledgement`);
      let reply: Reply | null = null;
      try {
        reply = await this.send('PUT', `/api/attempts/${this.attemptId}/answers`, body);
      } catch (error) {
        if (!(error instanceof Unanswered)) throw error;
      }
      if (reply?.status === 200) {
        this.latest.set(unit.key, answer);
        this.onAck({
          attemptId: this.attemptId,
          versionCode: this.versionCode,
          key: unit.key,
          seq: this.seq,
          answer: printed(unit, answer),
        });
        return;
      }
      if (reply && reply.status < 500 && reply.status !== 408 && reply.status !== 429) {
        if (reply.status !== 401) throw new Refused(`save ${this.username}#${this.seq}`, reply);
        this.stats.relogins++;
        await this.login();
      }
      await this.backoff(failures);
      await this.resume();
    }
  }

  /** The page reloaded: the attempt as the server holds it. */
  async resume(): Promise<AttemptView> {
    this.stats.resumes++;
    const view = await this.call<AttemptView>('resume', 'GET', `/api/attempts/${this.attemptId}`);
    if (view.status !== 'open') throw new Error(`${this.username}: attempt ${view.status} on resume`);
    return view;
  }

  /** Answers until `until` (epoch ms), thinking between changes. */
  async answerUntil(until: number, thinkMs: [number, number]): Promise<void> {
    for (;;) {
      const pause = this.random.between(thinkMs[0], thinkMs[1]);
      if (Date.now() + pause >= until) return;
      await sleep(pause);
      await this.answerOne();
    }
  }

  async submit(): Promise<AttemptResult> {
    return this.call<AttemptResult>('submit', 'POST', `/api/attempts/${this.attemptId}/submit`, {});
  }
}
