import { expect, test } from 'vitest';
import { feedWords } from '../components/feed-words';
import { atomFeed } from './changes-feed';
import { loadContent } from './load-content';
import { buildSite } from './relations';

const site = buildSite(loadContent().collections);
const words = feedWords(site.plan.data.docNumber.text);
const xml = atomFeed(site, 'https://example.org', words);

test('the feed is Atom with one entry per change, newest first, each linking to its anchor on /changes/', () => {
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
  expect(entries).toHaveLength(site.changes.length);
  const first = [...site.changes].reverse()[0]!;
  expect(entries[0]).toContain(`https://example.org/changes/#${first.id}`);
  expect(entries[0]).toContain(`<updated>${first.data.date}T00:00:00.000Z</updated>`);
  expect(entries[0]).toContain(first.data.title);
});

test('the feed is dated by the content, not by the build', () => {
  const newest = [...site.changes]
    .map((c) => c.data.date)
    .sort()
    .at(-1)!;
  expect(xml).toMatch(new RegExp(`<feed[\\s\\S]*?<updated>${newest}T00:00:00.000Z</updated>`));
  expect(atomFeed(site, 'https://example.org', words)).toBe(xml);
});

test('each entry names the clauses it rests on', () => {
  expect(xml).toContain('依据原文：');
  expect(xml).toContain(site.label(site.changes[0]!.data.sources[0]!));
});

test('titles and summaries are HTML to a feed reader, so their text is escaped: 区经信局<区金融办> shows whole', () => {
  // The second change's summary spells a unit as the plan does, with angle brackets a reader would take for a tag.
  expect(site.changes.some((c) => c.data.summary.includes('区经信局<区金融办>'))).toBe(true);
  expect(xml).toContain('区经信局&lt;区金融办&gt;');
  expect(xml).not.toContain('区经信局<区金融办>');
});
