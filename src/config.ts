// Deployment settings, in one place, each read from the environment at build time.
// (The public address, SITE_URL, lives in astro.config.mjs because Astro reads it there.)
import { fill } from './lib/template';

/** Where a reader's correction goes until the operator sets CORRECTION_URL: the section of /about/ on corrections. */
export const DEFAULT_CORRECTION_URL = '/about/#corrections';

export const config = {
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
