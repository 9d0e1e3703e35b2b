// `npm run dev` (astro dev), which writers use to preview an explanation as they write it: pages render in both
// languages and the search box's code, which the page's stub imports by address, is served. The build-only steps
// (the page's Content-Security-Policy, module addresses of chunks) must not break it, as they once did: every page
// answered 500.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEnvironment } from './build-copy';

let dev: ChildProcess;
let origin = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('node_modules/.bin/astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'pipe',
    env: { ...buildEnvironment(), NO_COLOR: '1' },
  });
  let output = '';
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  for (let i = 0; ; i++) {
    try {
      await fetch(origin);
      return;
    } catch (error) {
      if (i > 600 || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}, 120_000);

afterAll(() => {
  dev?.kill();
});

test.each(['/', '/industries/modern-commerce/', '/en/projects/sams-club/', '/search/'])(
  'astro dev renders %s',
  async (path) => {
    const reply = await fetch(origin + path);
    const html = await reply.text();
    expect(reply.status, html.slice(0, 500)).toBe(200);
    expect(html).toMatch(/<h1[^>]*>/);
  },
  120_000,
);

test("the header box's code, imported by the stub on first use, is served", async () => {
  // In dev the page script (src/scripts/page.ts) is a module of its own (a build writes it into the page); its search
  // stub imports the address of the code. Followed here import by import from the page's script.
  const html = await (await fetch(`${origin}/`)).text();
  const pageScript = /<script type="module" src="([^"]*Base\.astro[^"]*)"/.exec(html)?.[1];
  expect(pageScript, 'the page loads its script').toBeDefined();
  const seen = new Set<string>();
  let addressModule: string | undefined;
  for (let queue = [new URL(pageScript!, origin).href]; queue.length && !addressModule;) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await (await fetch(url)).text();
    const imports = [...code.matchAll(/import (?:\w+ from )?"([^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
    addressModule = imports.find((i) => i.includes('module-url'));
    queue.push(...imports.filter((i) => i.includes('/src/')));
  }
  expect(addressModule, 'the stub imports the address of its code').toBeDefined();
  const address = /export default "([^"]+)"/.exec(await (await fetch(addressModule!)).text())?.[1];
  const reply = await fetch(new URL(address!, origin));
  expect(reply.status).toBe(200);
  expect(await reply.text()).toContain('class SiteSearch');
}, 120_000);
