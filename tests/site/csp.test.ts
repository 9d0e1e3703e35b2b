// The Content-Security-Policy in the built pages: each page's <meta> policy allows exactly what the page writes
// inline and comes before it, nothing is allowed wholesale, and the header files servers read carry the same
// policies (src/lib/csp.ts, src/lib/server-headers.ts). Chromium enforcing them: tests/browser/csp.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { HEADER_FILES, builtPolicies } from '../../src/integrations/server-headers';
import { inlineSources, pagePolicy } from '../../src/lib/csp';
import { headerPolicies } from '../../src/lib/server-headers';
import { builtPages, DIST } from './dist';

const pages = [...builtPages()].map(([url, file]) => ({ url, html: fs.readFileSync(file, 'utf8') }));

test.each(pages.map((p) => [p.url, p.html]))('%s: its policy allows what it writes inline, and only that', (_url, html) => {
  const policy = pagePolicy(html);
  expect(policy, 'a <meta> policy').toBeDefined();
  const sources = (directive: string) => new RegExp(`${directive} ([^;]*)`).exec(policy!)![1]!.trim().split(/\s+/);
  const inline = inlineSources(html);
  const hashes = (list: string[]) => list.filter((s) => s.startsWith("'sha"));
  expect(hashes(sources('script-src')).sort(), 'script hashes').toEqual([...new Set(inline.script)].sort());
  expect(hashes(sources('style-src')).sort(), 'style hashes').toEqual([...new Set(inline.style)].sort());
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  // Before anything it governs: the browser applies a <meta> policy from where it stands.
  const at = html.indexOf('http-equiv="content-security-policy"');
  expect(at).toBeGreaterThan(0);
  expect(html.slice(0, at)).not.toMatch(/<script|<style|<link rel="stylesheet"/);
  // No style or event-handler attributes, and no javascript: addresses: a hash cannot allow them.
  expect(html).not.toMatch(/<[^>]+\sstyle="/);
  expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
  expect(html).not.toMatch(/(href|src|action)="\s*javascript:/i);
});

test('the header files carry the pages’ policies: _headers for static hosts, the nginx maps', () => {
  const policies = headerPolicies(builtPolicies(DIST));
  const headers = fs.readFileSync(path.join(DIST, HEADER_FILES.static), 'utf8');
  const maps = fs.readFileSync(path.join(DIST, HEADER_FILES.nginxMaps), 'utf8');
  for (const policy of Object.values(policies)) {
    expect(headers).toContain(`Content-Security-Policy: ${policy}\n`);
    expect(maps).toContain(`"${policy}";`);
  }
  // Every page section has its rule: /plan/* and /en/plan/* …
  for (const section of ['/', '/en/', '/plan/*', '/en/plan/*', '/search/*', '/en/search/*', '/embed/*', '/en/embed/*'])
    expect(headers).toContain(`\n${section}\n  Cache-Control`);
});
