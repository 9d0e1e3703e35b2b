// Glossary terms linked on their first mention in a page's body text. Each becomes a button opening a popover
// (declarative HTML: keyboard, Esc and screen readers work without JavaScript) with the definition, marked as
// background, and a link to the glossary. The page's HTML is changed only where a term is inserted: the parser
// is used to find text positions, and the original string is spliced, so nothing else is re-serialised.
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { escapeHtml } from './html';

export interface GlossaryTerm {
  id: string;
  term: string;
  /** The forms in which the term stands in text; the longest match wins where several start together. */
  aliases: readonly string[];
  definition: string;
}

export interface GlossaryOptions {
  href: (id: string) => string;
  /** The note that says the definition is the portal's background, not plan text. */
  note: string;
  close: string;
  /** The link to the glossary page. */
  more: string;
  /** Suffix of the button's accessible name, e.g. （名词解释）. */
  label: string;
}

/**
 * Where a term is not linked: inside links and controls, headings, navigation, quotations of the plan (its words
 * stay exactly as issued, as on /plan/), tables and charts (data, not prose: their text feeds sorting, filtering
 * and downloads), code, the citation box and anything marked data-no-glossary.
 */
const SKIP = new Set([
  'a',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'summary',
  'script',
  'style',
  'svg',
  'caption',
  'label',
  'select',
  'option',
  'textarea',
  'code',
  'pre',
  'nav',
  'figure',
  'table',
  'time',
  'template',
  'noscript',
  'q',
  'blockquote',
  'cite-this',
  'explorer-table',
]);

const skipped = (el: HTMLElement) =>
  SKIP.has(el.rawTagName?.toLowerCase() ?? '') ||
  el.hasAttribute('data-no-glossary') ||
  el.hasAttribute('popover') ||
  el.hasAttribute('hidden');

export function termMarkup(t: GlossaryTerm, shown: string, o: GlossaryOptions): string {
  const id = `gt-${t.id}`;
  return (
    `<button type="button" class="glossary-term" popovertarget="${id}" aria-label="${escapeHtml(shown + o.label)}" data-glossary-term="${t.id}">${shown}</button>` +
    `<span id="${id}" popover class="glossary-pop" data-pagefind-ignore="all">` +
    `<strong>${escapeHtml(t.term)}</strong>：${escapeHtml(t.definition)}` +
    `<span class="glossary-pop-note">${escapeHtml(o.note)}</span>` +
    `<span class="glossary-pop-actions"><a href="${escapeHtml(o.href(t.id))}">${escapeHtml(o.more)}</a>` +
    `<button type="button" popovertarget="${id}" popovertargetaction="hide">${escapeHtml(o.close)}</button></span>` +
    `</span>`
  );
}

/** The page with each term's first mention in <main> linked; pages without <main> come back unchanged. */
export function linkFirstMentions(html: string, terms: readonly GlossaryTerm[], o: GlossaryOptions): string {
  const main = parse(html, { comment: false }).querySelector('main');
  if (!main) return html;
  const left = new Map(terms.map((t) => [t.id, t]));
  const inserts: { start: number; end: number; markup: string }[] = [];

  const scan = (text: string, offset: number) => {
    let from = 0;
    while (left.size) {
      let best: { at: number; alias: string; term: GlossaryTerm } | undefined;
      for (const term of left.values()) {
        for (const alias of term.aliases) {
          const at = text.indexOf(alias, from);
          if (at >= 0 && (!best || at < best.at || (at === best.at && alias.length > best.alias.length))) best = { at, alias, term };
        }
      }
      if (!best) return;
      inserts.push({ start: offset + best.at, end: offset + best.at + best.alias.length, markup: termMarkup(best.term, best.alias, o) });
      left.delete(best.term.id);
      from = best.at + best.alias.length;
    }
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (!left.size) return;
      if (child.nodeType === NodeType.TEXT_NODE) scan(child.rawText, child.range[0]);
      else if (child.nodeType === NodeType.ELEMENT_NODE && !skipped(child as HTMLElement)) walk(child);
    }
  };
  walk(main);

  let out = html;
  for (const i of inserts.sort((a, b) => b.start - a.start)) out = out.slice(0, i.start) + i.markup + out.slice(i.end);
  return out;
}
