import { describe, expect, test } from 'vitest';
import { addToPagePolicy, cspHash, inlineSources, pagePolicy, prunedPolicy, withSources } from './csp';

const policy = "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c';";
const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}<meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

test('cspHash is the base64 SHA-256 of the text, as browsers compute it', () => {
  // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
  expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
});

describe('withSources', () => {
  test('adds each source once to script-src and style-src', () => {
    expect(withSources(policy, { script: ["'sha256-b'", "'sha256-x'", "'sha256-x'"], style: ["'wasm'"] })).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'sha256-x'; style-src 'self' 'sha256-c' 'wasm';",
    );
  });
  test('fails on a policy without the directive, rather than leave the source out', () => {
    expect(() => withSources("default-src 'self'", { script: ["'x'"], style: [] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: the page's Content-Security-Policy has no script-src: default-src 'self']`,
    );
  });
});

test('inlineSources: scripts a browser runs and style elements, not external scripts or JSON-LD', () => {
  const html = page(
    '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script><script src="/x.js"></script><style>p{}</style>',
  );
  expect(inlineSources(html)).toEqual({
    script: [`'${cspHash('a()')}'`, `'${cspHash('b()')}'`],
    style: [`'${cspHash('p{}')}'`],
  });
});

test('prunedPolicy keeps only the hashes of what the page writes inline, and every keyword', () => {
  expect(prunedPolicy(policy, { script: ["'sha256-b'"], style: [] })).toBe(
    "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' ;",
  );
});

describe('addToPagePolicy', () => {
  test('allows what components registered and the page carries, nothing it does not carry', () => {
    const html = page('<style>p{}</style>', '<script>go()</script>');
    const out = pagePolicy(
      addToPagePolicy(html, {
        script: [`'${cspHash('go()')}'`, "'wasm-unsafe-eval'"],
        style: [`'${cspHash('p{}')}'`, `'${cspHash('q{}')}'`],
      }),
    )!;
    expect(out).toContain(`'${cspHash('go()')}'`);
    expect(out).toContain("'wasm-unsafe-eval'");
    expect(out).toContain(`'${cspHash('p{}')}'`);
    // Registered but not on the page, or Astro's and not on the page: left out.
    expect(out).not.toContain(cspHash('q{}'));
    expect(out).not.toContain("'sha256-a'");
  });
  test('moves the policy before everything it governs, after the character set', () => {
    const html = addToPagePolicy(page('<script>a()</script>'), { script: [], style: [] });
    expect(html).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><script>a\(\)<\/script><\/head>/,
    );
  });
  test('an inline script nobody registered stays disallowed', () => {
    const html = page('', '<script>evil()</script>');
    expect(pagePolicy(addToPagePolicy(html, { script: [], style: [] }))).not.toContain(cspHash('evil()'));
  });
  test('a page without a policy may not register anything', () => {
    expect(() => addToPagePolicy('<p>x</p>', { script: ["'x'"], style: [] })).toThrow(/no Content-Security-Policy/);
    expect(addToPagePolicy('<p>x</p>', { script: [], style: [] })).toBe('<p>x</p>');
  });
});
