import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's own bundle, evaluated in the page (CDP's evaluation is not subject to the page's CSP). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, and axe's best practices (landmarks, one h1, heading order...). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The serious and critical violations axe-core finds on the page as it is now, one line each:
 * where, rule id, help and the first targets.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (tags) =>
      // biome-ignore lint/suspicious/noExplicitAny: axe is the page's global, typed by axe-core only in Node.
      (window as any).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((result: { violations: unknown[] }) => result.violations),
    TAGS,
  );
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          .slice(0, 4)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}${violation.nodes.length > 4 ? ` (+${violation.nodes.length - 4})` : ''}`,
    );
}
