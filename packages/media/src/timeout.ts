export class TimeoutError extends Error {
  constructor(readonly milliseconds: number) {
    super(`timed out after ${milliseconds} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Races `work` against a timer; `onTimeout` lets the caller cancel what is still running
 * (destroy a PDF loading task, abort a stream). CPU-bound work that never yields cannot be cut
 * short this way: callers keep such work bounded by size caps too.
 */
export async function withTimeout<T>(
  work: Promise<T>,
  milliseconds: number,
  onTimeout?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new TimeoutError(milliseconds));
    }, milliseconds);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
