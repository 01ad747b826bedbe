const SLICE = 2_000;

/**
 * Runs `each` over `items` a slice at a time, letting the process's other requests in between: a
 * province's report walks 30,000 classes and 80,000 totals, which in one go held the thread that
 * answers the students' saves for hundreds of milliseconds (bench/RESULTS.md, issue 18).
 */
export async function inSlices<T>(items: readonly T[], each: (item: T) => void): Promise<void> {
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const end = Math.min(items.length, start + SLICE);
    for (let i = start; i < end; i += 1) each(items[i] as T);
  }
}
