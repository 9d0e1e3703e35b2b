import { expect, test } from 'vitest';
import { linkFirstMentions, type GlossaryOptions, type GlossaryTerm } from './glossary-links';

const terms: GlossaryTerm[] = [
  { id: 'above-scale', term: '规上 / 限上', aliases: ['规（限）上', '规上'], definition: '规模以上 & 限额以上' },
  { id: 'value-added', term: '增加值', aliases: ['增加值'], definition: '新创造的价值' },
];
const o: GlossaryOptions = {
  href: (id) => `/glossary/#${id}`,
  note: '背景知识',
  close: '关闭',
  more: '查看名词解释',
  label: '（名词解释）',
};
const page = (main: string) => `<!doctype html><html><body><header><p>规上</p></header><main id="main">${main}</main></body></html>`;
const buttons = (html: string) =>
  [...html.matchAll(/<button type="button" class="glossary-term"[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

test('each term is linked once, at its first mention in <main>, not in the header', () => {
  const html = linkFirstMentions(page('<p>规上企业和规上服务业</p><p>增加值达1000亿元，增加值</p>'), terms, o);
  expect(buttons(html)).toEqual(['规上', '增加值']);
  expect(html).toContain('<header><p>规上</p></header>');
  expect(html).toContain('和规上服务业');
  expect(html).toContain('popovertarget="gt-above-scale" aria-label="规上（名词解释）"');
  expect(html).toContain(
    '<span id="gt-above-scale" popover class="glossary-pop" data-pagefind-ignore="all"><strong>规上 / 限上</strong>：规模以上 &amp; 限额以上',
  );
  expect(html).toContain('<a href="/glossary/#above-scale">查看名词解释</a>');
});

test('the longest form wins where forms start together', () => {
  expect(buttons(linkFirstMentions(page('<p>每年新增规（限）上服务业企业</p>'), terms, o))).toEqual(['规（限）上']);
});

test('links, headings, tables, charts, navigation and marked regions are left alone', () => {
  const html = linkFirstMentions(
    page(
      '<h2>规上</h2><p><q>规上</q></p><p><a href="/x">规上</a></p><table><tr><td>规上</td></tr></table><figure>增加值</figure><nav>规上</nav><div data-no-glossary><p>规上</p></div><p>正文：规上</p>',
    ),
    terms,
    o,
  );
  expect(buttons(html)).toEqual(['规上']);
  expect(html).toContain('<p>正文：<button');
  expect(html).toContain('<h2>规上</h2>');
});

test('everything else in the page stays byte for byte', () => {
  const before = page('<p data-x="a&amp;b" hidden-not>没有术语<br>的段落</p><svg viewBox="0 0 1 1"><text>增加值</text></svg>');
  expect(linkFirstMentions(before, terms, o)).toBe(before);
  expect(linkFirstMentions('<p>规上</p>', terms, o)).toBe('<p>规上</p>');
});
