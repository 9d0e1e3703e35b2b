// The Content-Security-Policy, defined once. Astro writes each page's <meta> policy (script and style hashes
// included, astro.config.mjs); the build then writes the same policy as an HTTP header for servers
// (src/integrations/security-headers.ts), adding what a <meta> policy cannot carry: frame-ancestors.
import { createHash } from 'node:crypto';

/** The CSP source for an inline script or style: what a page registers with `Astro.csp` when it writes one. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * Directives every page carries, beside the script-src and style-src that Astro writes with its hashes. Nothing is
 * loaded from another origin; data: images are the stylesheet's own small icons.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Pagefind compiles its WebAssembly search engine in the page: only the search pages allow that
 * (pages register it with `Astro.csp.insertScriptResource`).
 */
export const WASM_SOURCE = "'wasm-unsafe-eval'";

/** Who may frame a page: nobody, but embeds (/embed/…/), which newsrooms place in iframes on their own sites. */
export const FRAME_ANCESTORS = { page: "frame-ancestors 'none'", embed: 'frame-ancestors *' } as const;

/** Sources a page adds to its policy's script-src and style-src, beside those Astro wrote. */
export interface PolicySources {
  script: Iterable<string>;
  style: Iterable<string>;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The policy of a page's <meta>, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  return META.exec(html)?.[1];
}

/** `policy` with `sources` added to its script-src and style-src directives (each source once). */
export function withSources(policy: string, sources: PolicySources): string {
  const add = (directive: string, extra: Iterable<string>) => {
    const list = [...extra];
    if (list.length === 0) return;
    const found = new RegExp(`(^|;)\\s*${directive} ([^;]*)`).exec(policy);
    if (!found) throw new Error(`the page's Content-Security-Policy has no ${directive}: ${policy}`);
    const have = found[2]!.trim().split(/\s+/);
    const all = [...have, ...list.filter((s, i) => !have.includes(s) && list.indexOf(s) === i)];
    policy = policy.replace(found[0], `${found[1]} ${directive} ${all.join(' ')}`);
  };
  add('script-src', sources.script);
  add('style-src', sources.style);
  return policy;
}

/** Scripts a browser runs (classic or module), not data blocks such as JSON-LD, which CSP does not govern. */
const RUNS = (attrs: string) => {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript';
};

/** The hash sources of what the page writes inline: scripts it runs and style elements. */
export function inlineSources(html: string): PolicySources {
  const script: string[] = [];
  const style: string[] = [];
  for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi))
    if (!/\bsrc=/i.test(attrs!) && RUNS(attrs!)) script.push(`'${cspHash(code!)}'`);
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) style.push(`'${cspHash(css!)}'`);
  return { script, style };
}

/**
 * `policy` without the hashes of things the page does not write inline. Astro lists the hashes of every script and
 * style it bundles on every page, bundled files included, which 'self' allows already: about 1 KB per page.
 */
export function prunedPolicy(policy: string, inline: PolicySources): string {
  const keep = new Set([...inline.script, ...inline.style]);
  return policy.replace(/'sha(256|384|512)-[^']*'\s?/g, (source) => (keep.has(source.trim()) ? source : ''));
}

/**
 * The page with `sources` added to the policy of its <meta>, only the hashes of what it writes inline kept, and the
 * <meta> moved before anything it governs.
 * Components register what they write inline while the
 * page renders; Astro may already have written the <meta> by then, so the sources are added once the page is done.
 */
export function addToPagePolicy(html: string, sources: PolicySources): string {
  const policy = pagePolicy(html);
  if (policy === undefined) {
    if ([...sources.script, ...sources.style].length === 0) return html;
    throw new Error('the page has inline scripts or styles but no Content-Security-Policy <meta>');
  }
  const complete = prunedPolicy(withSources(policy, sources), inlineSources(html));
  const meta = `<meta http-equiv="content-security-policy" content="${complete}">`;
  // A <meta> policy governs only what follows it: first in the head, after the character set (Astro puts it last).
  const rest = html.replace(META, '');
  const charset = /<meta charset="[^"]*">/i.exec(rest);
  if (!charset) throw new Error('the page has no <meta charset> to put its Content-Security-Policy after');
  return rest.slice(0, charset.index + charset[0].length) + meta + rest.slice(charset.index + charset[0].length);
}
