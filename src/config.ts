// Deployment settings, in one place, each read from the environment at build time.
// (Astro reads the public address, SITE_URL, in astro.config.mjs, which falls back to a placeholder host for canonical
// tags; what readers copy, citations and credits, reads `siteUrl` here and leaves the address out while it is unset.)
import { paths } from './lib/paths';
import { fill } from './lib/template';

/** Where a reader's correction goes until the operator sets CORRECTION_URL: the section of /about/ on corrections. */
export const DEFAULT_CORRECTION_URL = `${paths.about()}#corrections`;

export const config = {
  /** The portal's public address (SITE_URL), or undefined while it is not set. */
  siteUrl: process.env['SITE_URL']?.trim() || undefined,
  /**
   * “Report a correction”: a web address or mailto: link. `{url}` and `{title}` in it become the page's
   * address and title, URL-encoded, e.g. mailto:fix@example.org?subject=更正：{title}&body={url}
   */
  correctionUrl: process.env['CORRECTION_URL']?.trim() || DEFAULT_CORRECTION_URL,
};

/** The correction link for one page; a placeholder other than {url} and {title} stops the build, naming it. */
export function correctionHref(page: { url: string; title: string }, template = config.correctionUrl): string {
  return fill(template, { url: encodeURIComponent(page.url), title: encodeURIComponent(page.title) });
}
