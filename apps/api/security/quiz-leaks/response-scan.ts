import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Client } from '../../test/helpers.js';
import {
  ACCEPTED,
  CLASSMATE_ESSAY,
  CLASSMATE_NAME,
  CREDITED,
  CREDITED_FEEDBACK,
  HINT,
  OPTION_FEEDBACK,
  OUTCOME_FEEDBACK,
  RUBRIC,
  SOLUTION,
} from './planted-secrets.js';

/** Every response a student receives, kept and scanned for the planted secrets. */

export interface Captured {
  step: string;
  url: string;
  status: number;
  body: string;
}

/** A client that keeps every response body it receives. */
export function recording(client: Client, captured: Captured[], step: () => string): Client {
  return {
    userId: client.userId,
    async request(options: InjectOptions): Promise<LightMyRequestResponse> {
      const response = await client.request(options);
      captured.push({
        step: step(),
        url: String(options.url),
        status: response.statusCode,
        body: response.body,
      });
      return response;
    },
  };
}

export interface Finding {
  step: string;
  url: string;
  what: string;
}

/** Credits, credited answers, option and outcome feedback, hints: fields and values (each names the key). */
export function creditSecrets() {
  const keyed = (field: string) => ({
    what: `"${field}" field`,
    test: (body: string) => body.includes(`"${field}":`),
  });
  const text = (what: string, value: string) => ({ what, test: (body: string) => body.includes(value) });
  return [
    keyed('credit'),
    keyed('credited'),
    keyed('feedback'),
    keyed('hints'),
    text('option feedback', OPTION_FEEDBACK),
    text('outcome feedback (correct)', OUTCOME_FEEDBACK.correct),
    text('outcome feedback (partial)', OUTCOME_FEEDBACK.partial),
    text('hint', HINT),
    text(`credited answer ${CREDITED}`, CREDITED),
    text('credited answer feedback', CREDITED_FEEDBACK),
  ];
}

/** What must not reach the student before release, and what never may (the classmate's). */
export function secretsOf(classmate: { id: string; username: string }, classmateAttemptId: string) {
  const keyed = (field: string) => ({
    what: `"${field}" field`,
    test: (body: string) => body.includes(`"${field}":`),
  });
  const text = (what: string, value: string) => ({ what, test: (body: string) => body.includes(value) });
  const beforeRelease = [
    keyed('correct'),
    keyed('accepted'),
    keyed('solution'),
    keyed('rubric'),
    ...ACCEPTED.map((value) => text(`accepted answer ${value}`, value)),
    ...['1', '2', '3', '4', '5', '6.1', '6.2'].map((n) => text(`solution ${n}`, SOLUTION(n))),
    text('rubric text', RUBRIC),
    ...creditSecrets(),
    // An option's original letter lets students on different mã đề share answers by it.
    {
      what: 'original option letter ("label" of an option)',
      test: (body: string) => /"label":"[A-H]"/.test(body),
    },
  ];
  const never = [
    text("classmate's id", classmate.id),
    text("classmate's username", classmate.username),
    text("classmate's name", CLASSMATE_NAME),
    text("classmate's essay", CLASSMATE_ESSAY),
    text("classmate's attempt", classmateAttemptId),
  ];
  return { beforeRelease, never };
}

export function scan(
  captured: Captured[],
  secrets: { what: string; test: (body: string) => boolean }[],
): Finding[] {
  const findings: Finding[] = [];
  for (const c of captured) {
    // Raw and re-serialised: an escaped character must not hide a match.
    let normal = c.body;
    try {
      normal = JSON.stringify(JSON.parse(c.body));
    } catch {}
    for (const s of secrets)
      if (s.test(c.body) || s.test(normal)) findings.push({ step: c.step, url: c.url, what: s.what });
  }
  return findings;
}

export const report = (label: string, captured: Captured[], findings: Finding[]) =>
  console.log(
    [
      `${label}: ${captured.length} responses, ${captured.reduce((n, c) => n + Buffer.byteLength(c.body), 0)} bytes scanned, ${findings.length} findings`,
      ...findings.map((f) => `  ${f.step} ${f.url}: ${f.what}`),
    ].join('\n'),
  );
