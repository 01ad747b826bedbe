/**
 * What every package's vitest config shares: workspace packages resolved to their TypeScript source,
 * a JSON report in test-results/ (.ci/summary.mjs adds them up) and the file patterns of its suite.
 * Plain data with no imports: each config passes it to `defineConfig`, which checks it.
 */
interface Suite {
  include: string[];
  /** Files run once before the suite, e.g. the db package's template database. */
  globalSetup?: string[];
  /** The report's name in test-results/ (`vitest` unless told). */
  report?: string;
  testTimeout?: number;
  hookTimeout?: number;
}

export function vitestPreset({ include, globalSetup, report, testTimeout, hookTimeout }: Suite) {
  const outputFile = `test-results/${report ?? 'vitest'}.json`;
  return {
    resolve: { conditions: ['@hoclieu/source'] },
    ssr: { resolve: { conditions: ['@hoclieu/source'] } },
    test: {
      reporters: ['default', ['json', { outputFile }]] as ['default', ['json', { outputFile: string }]],
      include,
      ...(globalSetup && { globalSetup }),
      ...(testTimeout && { testTimeout }),
      ...(hookTimeout && { hookTimeout }),
    },
  };
}
