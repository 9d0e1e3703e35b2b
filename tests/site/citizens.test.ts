// What citizens read: the five-minute explainer, the questions and the change log with its Atom feed. Every
// claim about the plan carries its clause; the feed matches the collection.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { paths } from '../../src/lib/paths';
import { builtPages, documentOf } from './dist';

const { collections } = loadContent();
const doc = (url: string) => documentOf(builtPages().get(url)!);
const cites = (el: { querySelectorAll: (s: string) => unknown[] }) => el.querySelectorAll('a[href^="/plan/#"]').length;

test('/explainer/: every point cites its clause, and each section about the plan cites at least one', () => {
  const main = doc(paths.explainer()).querySelector('main')!;
  for (const li of main.querySelectorAll('li')) expect(cites(li), li.text).toBeGreaterThan(0);
  const headings = main.querySelectorAll('h2');
  expect(headings.length).toBeGreaterThanOrEqual(6);
  for (const h of headings.filter((h) => h.text !== '方案没有写什么')) {
    let n = 0;
    for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) n += cites(el);
    expect(n, h.text).toBeGreaterThan(0);
  }
});

test('/questions/: every question is answered with the plan’s words or says what the plan leaves open', () => {
  const page = doc(paths.questions());
  for (const q of collections.questions) {
    const section = page.querySelector(`section[aria-labelledby="${q.id}"]`)!;
    expect(section.querySelector('h2')!.text).toBe(q.data.question);
    expect(cites(section), q.id).toBeGreaterThan(0);
    for (const quote of q.data.quotes) expect(section.text).toContain(quote.text);
    if (q.data.notStated) expect(section.text).toContain('方案未写明');
  }
});

test('/changes.atom is an Atom feed with an entry per change, linked from every page', () => {
  const xml = fs.readFileSync('dist/changes.atom', 'utf8');
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect([...xml.matchAll(/<entry>/g)]).toHaveLength(collections.changes.length);
  for (const c of collections.changes) expect(xml).toContain(`/changes/#${c.id}`);
  const alternate = doc('/').querySelector('link[rel="alternate"][type="application/atom+xml"]');
  expect(alternate?.getAttribute('href')).toBe(paths.changesFeed());
  const changes = doc(paths.changes());
  for (const c of collections.changes) expect(changes.querySelector(`[id="${c.id}"] time`)?.getAttribute('datetime')).toBe(c.data.date);
});
