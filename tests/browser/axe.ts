// axe-core in the page: violations as readable lines, [] when there are none. Its default rules and target-size.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** Makes axe available in every page of the context, compiled once per document load. */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: axeSource });
  return context;
}

export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (source) => {
    type Axe = { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> };
    const w = window as unknown as { axe?: Axe };
    if (!w.axe) (0, eval)(source); // pages opened before withAxe()
    // target-size (WCAG 2.2 AA, 2.5.8) is off by default in axe; Lighthouse runs it, and so do we.
    return (await w.axe!.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })).violations;
  }, axeSource);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
