import type { AttemptResult } from '@hoclieu/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/api-error';
import { finishAttempt } from '../src/quiz-app/finish-attempt';
import { attemptResultOf } from './quiz-fixtures';

const result = attemptResultOf();

const steps = (overrides: Partial<Parameters<typeof finishAttempt>[0]> = {}) => ({
  flush: vi.fn(async () => 'saved' as const),
  submit: vi.fn(async () => result),
  result: vi.fn(async () => result),
  wait: vi.fn(async () => {}),
  cancelled: () => false,
  ...overrides,
});

describe('finishing an attempt', () => {
  it('flushes the answers before submitting', async () => {
    const order: string[] = [];
    const given = steps({
      flush: vi.fn(async () => {
        order.push('flush');
        return 'saved' as const;
      }),
      submit: vi.fn(async () => {
        order.push('submit');
        return result;
      }),
    });
    await expect(finishAttempt(given)).resolves.toBe(result);
    expect(order).toEqual(['flush', 'submit']);
  });

  it('keeps trying through network failures', async () => {
    const submit = vi
      .fn<() => Promise<AttemptResult>>()
      .mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 0))
      .mockRejectedValueOnce(new ApiError('SERVICE_UNAVAILABLE', 503))
      .mockResolvedValue(result);
    const wait = vi.fn(async (_ms: number) => {});
    await expect(finishAttempt(steps({ submit, wait }))).resolves.toBe(result);
    expect(submit).toHaveBeenCalledTimes(3);
    expect(wait.mock.calls).toEqual([[1000], [2000]]);
  });

  it('reads the result when the attempt is already closed', async () => {
    const closedByFlush = steps({ flush: vi.fn(async () => 'closed' as const) });
    await finishAttempt(closedByFlush);
    expect(closedByFlush.submit).not.toHaveBeenCalled();
    expect(closedByFlush.result).toHaveBeenCalled();

    const refused = steps({ submit: vi.fn(async () => Promise.reject(new ApiError('ATTEMPT_CLOSED', 409))) });
    await expect(finishAttempt(refused)).resolves.toBe(result);
    expect(refused.result).toHaveBeenCalled();
  });
});
