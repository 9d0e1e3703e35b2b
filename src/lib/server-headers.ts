// The HTTP headers a server sends with the built site, defined once: the build writes them for static hosts
// (dist/_headers) and for nginx (dist/_nginx-*.conf, included by deploy/nginx/yuecheng-1616.conf), and the browser
// tests serve the site with them. The Content-Security-Policy is the pages' own (<meta>, src/lib/csp.ts), with
// what a <meta> policy cannot say.
import { FRAME_ANCESTORS, WASM_SOURCE } from './csp';
import { sitePaths, unlocalizedPath, withBase } from './paths';

/** Sent with every response. */
export const SECURITY_HEADERS = {
  // A year, subdomains included; not preloaded, which is the domain owner's decision.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Other sites see that a reader came from the portal, not which page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The portal uses none of these; nor may anything framed in it.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
} as const;

/** Astro's bundled files carry a hash of their content in their name: they never change, so caches keep them. */
export const HASHED_PREFIX = '/_astro/';
export const CACHE_CONTROL = {
  hashed: 'public, max-age=31536000, immutable',
  /** Pages, data, the search index: a new build shows within five minutes. */
  other: 'public, max-age=300',
} as const;

/** Pagefind's folder (its script, worker and index), beside its script. */
const PAGEFIND = sitePaths.searchBundle().replace(/[^/]*$/, '');

/**
 * The three policies: pages; the search pages and Pagefind's files, where Pagefind compiles WebAssembly; embeds,
 * which others may frame.
 */
export type PolicyKind = 'page' | 'search' | 'embed';

export function policyKind(pathname: string): PolicyKind {
  const path = unlocalizedPath(pathname, '/');
  // Pagefind compiles its WebAssembly in a worker, whose policy is the one sent with the worker's own file.
  if (path.startsWith(sitePaths.search()) || path.startsWith(PAGEFIND)) return 'search';
  if (path.startsWith(sitePaths.embeds())) return 'embed';
  return 'page';
}

/** A page's <meta> policy parsed into directives, in order. */
function directives(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name!, sources];
    });
}

/**
 * The header policy of each kind from the <meta> policies of its pages: their directives with every page's sources
 * (hashes differ between pages only by what each page writes inline), plus frame-ancestors. The search pages'
 * 'wasm-unsafe-eval' stays theirs.
 */
export function headerPolicies(pages: { path: string; policy: string }[]): Record<PolicyKind, string> {
  const merged: Record<PolicyKind, Map<string, string[]>> = { page: new Map(), search: new Map(), embed: new Map() };
  for (const { path, policy } of pages) {
    const kind = policyKind(path);
    for (const [name, sources] of directives(policy)) {
      const have = merged[kind].get(name) ?? [];
      merged[kind].set(name, [...have, ...sources.filter((s) => !have.includes(s))]);
    }
  }
  const render = (kind: PolicyKind) => {
    const list = merged[kind];
    if (list.size === 0) throw new Error(`no built page has the ${kind} policy`);
    if (kind !== 'search' && list.get('script-src')?.includes(WASM_SOURCE))
      throw new Error(`a ${kind} page allows ${WASM_SOURCE}: only the search pages may`);
    return [
      ...[...list].map(([name, sources]) => `${name} ${sources.join(' ')}`),
      FRAME_ANCESTORS[kind === 'embed' ? 'embed' : 'page'],
    ].join('; ');
  };
  return { page: render('page'), search: render('search'), embed: render('embed') };
}

/**
 * The rules of dist/_headers, from the paths of every built file: one per entry at the top of the site or of /en/
 * (/plan/*, /en/plan/*, /changes.atom, the home pages). Hosts that read _headers join the values of every rule a
 * path matches (two policies would both apply, two cache times would conflict), so no rule may overlap another.
 */
export function headerRules(filePaths: string[]): string[] {
  const rules = new Set<string>();
  for (const file of filePaths) {
    const page = file.replace(/(^|\/)index\.html$/, '/');
    const localized = page.slice(0, page.length - unlocalizedPath(page, '/').length);
    const [entry, ...rest] = unlocalizedPath(page, '/').split('/').filter(Boolean);
    rules.add(
      entry === undefined ? `${localized}/` : rest.length > 0 || page.endsWith('/') ? `${localized}/${entry}/*` : `${localized}/${entry}`,
    );
  }
  return [...rules].sort();
}

/**
 * dist/_headers, for static hosts that read it (Netlify, Cloudflare Pages); `rules` from headerRules, as site paths
 * (a build for a base path, /portal/, gets its rules under it).
 */
export function headersFile(policies: Record<PolicyKind, string>, rules: string[], base = '/'): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      '# Written by the build (src/lib/server-headers.ts): do not edit.',
      rule(withBase('/*', base), SECURITY_HEADERS),
      ...rules.map((path) =>
        path === `${HASHED_PREFIX}*`
          ? rule(withBase(path, base), { 'Cache-Control': CACHE_CONTROL.hashed })
          : rule(withBase(path, base), {
              'Cache-Control': CACHE_CONTROL.other,
              ...(/(\/|\*|\.html)$/.test(path) ? { 'Content-Security-Policy': policies[policyKind(path.replace(/\*$/, ''))] } : {}),
            }),
      ),
    ].join('\n\n') + '\n'
  );
}

/** The nginx variables the maps set (nginxMaps) and the headers use (nginxHeaders). */
const NGINX_VARIABLES = { policy: '$portal_csp', cache: '$portal_cache_control' } as const;

/**
 * nginx maps (http context) from the request's path to its policy and its caching. After an error page's internal
 * redirect $uri is the error page's, so a 404 gets a page's policy.
 */
export function nginxMaps(policies: Record<PolicyKind, string>, base = '/'): string {
  const prefix = (p: string) => p.replace(/\/$/, '');
  const at = prefix(base);
  return [
    '# Written by the build (src/lib/server-headers.ts): do not edit. Included in the http context.',
    `map $uri ${NGINX_VARIABLES.policy} {`,
    `  default "${policies.page}";`,
    `  ~^${at}(/en)?${prefix(sitePaths.search())}/ "${policies.search}";`,
    `  ~^${at}${PAGEFIND} "${policies.search}";`,
    `  ~^${at}(/en)?${prefix(sitePaths.embeds())}/ "${policies.embed}";`,
    '}',
    `map $uri ${NGINX_VARIABLES.cache} {`,
    `  default "${CACHE_CONTROL.other}";`,
    `  ~^${at}${HASHED_PREFIX} "${CACHE_CONTROL.hashed}";`,
    '}',
    '',
  ].join('\n');
}

/** nginx add_header lines (server context), on every response, error pages included. */
export function nginxHeaders(): string {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': NGINX_VARIABLES.policy,
    'Cache-Control': NGINX_VARIABLES.cache,
  };
  return [
    '# Written by the build (src/lib/server-headers.ts): do not edit. Included in the server block.',
    ...Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
