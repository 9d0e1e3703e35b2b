// The Content-Security-Policy in Chromium. Every browser test runs with the site served with its headers and fails
// on any violation Chromium reports (fixtures.ts); this file proves that check sees one, and that the policy does
// what it is for: inline code nobody registered does not run, embeds may be framed by other sites and pages may not.
import http from 'node:http';
import { expect } from 'vitest';
import { baseUrl, DESKTOP } from './chromium';
import { test } from './fixtures';

test.fails('a page where a script the policy does not allow is added fails its test (expected to fail)', async ({ open }) => {
  const page = await open('/', DESKTOP);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.body.append(script);
  });
  // The script did not run; the violation report is what fails this test, after it.
  expect(await page.title()).not.toBe('ran');
});

test('inline code nobody registered does not run, in either language', async ({ open, policy }) => {
  for (const path of ['/', '/en/targets/']) {
    const page = await open(path, DESKTOP);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { ran?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.ran = true');
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return w.ran === true;
    });
    expect(ran, path).toBe(false);
  }
  // Three reports each (the script, the handler, and the image's address "x" 404s without one): expected here.
  expect(policy.filter((r) => /inline/.test(r)).length).toBeGreaterThanOrEqual(4);
  policy.splice(0);
});

test('other sites may frame an embed but no other page', async ({ open, policy }) => {
  // A newsroom's page on another origin (localhost is not 127.0.0.1), framing an embed and a page of the site.
  const host = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<!doctype html><title>newsroom</title><iframe id="embed" src="${baseUrl()}/embed/accountability/"></iframe><iframe id="page" src="${baseUrl()}/plan/"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const { port } = host.address() as { port: number };
  try {
    const page = await open('/', DESKTOP);
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
    // A blocked frame shows Chromium's error page instead of the page.
    const shown = async (id: string) => {
      const frame = (await (await page.$(`#${id}`))!.contentFrame())!;
      return frame.url().startsWith(baseUrl()) ? await frame.evaluate(() => document.title) : frame.url();
    };
    expect(await shown('embed')).toMatch(/\S/);
    expect(await shown('embed')).not.toMatch(/^chrome-error/);
    expect(await shown('page')).toMatch(/^chrome-error/);
  } finally {
    host.close();
  }
  expect(policy.some((r) => /frame-ancestors/.test(r))).toBe(true);
  policy.splice(0);
});
