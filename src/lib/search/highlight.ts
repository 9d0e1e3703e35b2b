// Whole-word highlights and the "loose match" rule. Pagefind marks the segments it matched, which for Chinese can
// split a name (鉴<mark>水科</mark>技<mark>城</mark>); here the excerpt's text is marked again by the query's own runs.
import { escapeHtml } from '../html';

const unescape = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');

/** The plain text of an excerpt from Pagefind (HTML-escaped text with <mark> tags). */
export const excerptText = unescape;

/** The shortest run of a term that counts as a match: two characters, or the whole term when shorter. */
const minRun = (term: string) => Math.min(2, [...term].length);

/**
 * Spans of `text` to mark: the terms that stand in it whole, or else at each position the longest run (at least two
 * characters) of a term, so 鉴水科技城 is marked whole and a single character of the query never is.
 */
export function matchSpans(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const all = terms.map((t) => t.toLowerCase().trim()).filter(Boolean);
  // Where a term stands whole, only whole terms are marked: 鉴水科技城, not also 科技 of 科技金融 beside it.
  const whole = all.filter((t) => lower.includes(t));
  const ts = whole.length ? whole : all;
  const spans: [number, number][] = [];
  let i = 0;
  while (i < lower.length) {
    let best = 0;
    for (const t of ts) {
      const need = whole.length ? t.length : minRun(t);
      for (let len = Math.min(t.length, lower.length - i); len >= need && len > best; len--)
        if (t.includes(lower.slice(i, i + len))) {
          best = len;
          break;
        }
    }
    if (best) {
      // A run right after another is one highlight: the reader sees one marked stretch, not pieces.
      const last = spans.at(-1);
      if (last && last[1] === i) last[1] = i + best;
      else spans.push([i, i + best]);
      i += best;
    } else i++;
  }
  return spans;
}

/** The excerpt as HTML with whole runs of the terms in <mark>. */
export function highlight(excerptHtml: string, terms: readonly string[]): string {
  // Pagefind joins a page's blocks with ". ", so an excerpt can open with the end of the previous block.
  const text = unescape(excerptHtml).replace(/^[\s.,;:、，。；：]+/u, '');
  let out = '';
  let at = 0;
  for (const [s, e] of matchSpans(text, terms)) {
    out += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * A result is loose when its title and excerpt share no run of the terms (two characters, or a whole shorter term):
 * Pagefind matched only single characters of the query, as 老 of 老年人 in 老字号.
 */
export const isLoose = (texts: readonly string[], terms: readonly string[]) => !texts.some((t) => matchSpans(t, terms).length > 0);
