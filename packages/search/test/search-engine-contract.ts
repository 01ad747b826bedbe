import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../src/index.js';

/**
 * What every SearchEngine adapter owes the API. Only health for now; the indexing and search
 * cases join here with the search feature, so both adapters keep answering alike.
 */
export function describeSearchEngineContract(adapter: string, setup: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${adapter}`, () => {
    it('reports health with a latency and never throws', async () => {
      const report = await (await setup()).health();
      expect(['ok', 'down']).toContain(report.status);
      expect(report.latencyMs).toBeGreaterThanOrEqual(0);
      if (report.status === 'down') expect(report.message).toBeTruthy();
    });
  });
}
