// Bad content must stop a real `astro build` with a message naming the file and the field.
// Each case copies the project to a temporary folder, breaks one thing in content/, and builds it.
import { afterAll, expect, test } from 'vitest';
import { buildCopyWith, removeCopies } from './build-copy';

afterAll(removeCopies);

test.each([
  {
    name: 'a quote that is not the plan’s words',
    file: 'targets.yaml',
    edit: (s: string) => s.replace('实现旅游总收入500亿元', '实现旅游总收入600亿元'),
    expected: [
      /targets → tourism-revenue/,
      /quote: "到2026年，实现旅游总收入600亿元" does not stand verbatim in s2-1-p1/,
      /content\/targets\.yaml/,
    ],
  },
  {
    name: 'a source paragraph id that does not exist, in MDX frontmatter',
    file: 'industries/digital-software.mdx',
    edit: (s: string) => s.replace('sources: [s2-2-p2]', 'sources: [s2-2-p9]'),
    expected: [/content\/industries\/digital-software\.mdx:6 → digital-software → sources\.0: "s2-2-p9" is not a paragraph id of the plan/],
  },
  {
    name: 'a target without a source paragraph',
    file: 'targets.yaml',
    edit: (s: string) =>
      s.replace('quote: 规上软件业营业收入达100亿元\n  sources: [s2-2-p2]', 'quote: 规上软件业营业收入达100亿元\n  sources: []'),
    expected: [/targets → software-revenue/, /sources: needs at least one source paragraph id/, /content\/targets\.yaml/],
  },
  {
    name: 'an incomplete entry',
    file: 'units.yaml',
    edit: (s: string) => s.replace('- { id: science-bureau, name: 区科技局, kind: bureau }', '- { id: science-bureau, name: 区科技局 }'),
    expected: [/units → science-bureau/, /kind: kind must be one of/, /content\/units\.yaml/],
  },
  {
    name: 'a reference to a unit that does not exist',
    file: 'industries/modern-commerce.mdx',
    edit: (s: string) =>
      s.replace('units: [commerce-bureau, investment-promotion-centre', 'units: [commerce-office, investment-promotion-centre'),
    expected: [
      /content\/industries\/modern-commerce\.mdx:16 → modern-commerce → responsibilities\.0\.units\.0: unknown units id "commerce-office"/,
    ],
  },
  {
    name: 'a duplicate id',
    file: 'units.yaml',
    edit: (s: string) => `${s}\n- { id: commerce-bureau, name: 区商务局, kind: bureau }\n`,
    expected: [/content\/units\.yaml: entry \d+: field "id": duplicate id "commerce-bureau"/],
  },
  {
    name: 'an MDX file whose name is not an id',
    file: 'projects/Sams_Club.mdx',
    edit: () => "---\nname: 山姆超市\nindustries: []\nsources: [s3-3-p3]\n---\n\n文字。<Cite ids={['s3-3-p3']} />\n",
    expected: [/content\/projects\/Sams_Club\.mdx: file name "Sams_Club" must be lower-case ASCII/],
  },
  {
    name: 'an explanation paragraph that cites no clause',
    file: 'projects/sams-club.mdx',
    edit: (s: string) => `${s}\n山姆超市会很受欢迎。\n`,
    expected: [/content\/projects\/sams-club\.mdx:18 → sams-club → body: \[uncited\] this paragraph cites no clause/],
  },
  {
    name: 'a typed number the cited clauses do not state',
    file: 'projects/sams-club.mdx',
    edit: (s: string) => `${s}\n山姆超市计划投资30亿元。<Cite ids={['s3-3-p3']} />\n`,
    expected: [/content\/projects\/sams-club\.mdx:18 → sams-club → body: \[number\] "30" does not stand in s3-3-p3/],
  },
  {
    name: 'a quote that is not verbatim',
    file: 'projects/sams-club.mdx',
    edit: (s: string) => `${s}\n方案说<Quote id="s3-3-p3" text="多点推进山姆超市建设" />。\n`,
    expected: [
      /content\/projects\/sams-club\.mdx:18 → sams-club → body: \[quote\] <Quote>: "多点推进山姆超市建设" does not stand verbatim in s3-3-p3/,
    ],
  },
  {
    name: 'an unknown id in an explanation',
    file: 'projects/sams-club.mdx',
    edit: (s: string) => `${s}\n它属于<Entity id="shopping-programme" />。<Cite ids={['s3-3-p3']} />\n`,
    expected: [/content\/projects\/sams-club\.mdx:18 → sams-club → body: \[unknown-id\] <Entity>: unknown id "shopping-programme"/],
  },
  {
    // MDX writes a Markdown link's URL into href as it stands: this one would run when clicked.
    name: 'a javascript: link in an English explanation',
    file: 'projects/sams-club.en.mdx',
    edit: (s: string) => `${s}\nSee [the plan](javascript:window.__pwned=true). <Cite ids={['s3-3-p3']} />\n`,
    expected: [
      /content\/projects\/sams-club\.en\.mdx:\d+ → sams-club → body: \[link\] "javascript:window.__pwned=true" is not a page of the site/,
    ],
  },
  {
    name: 'malformed YAML',
    file: 'glossary.yaml',
    edit: (s: string) => s.replace('- id: tod\n  term: TOD', '- id: tod\n  term: [TOD'),
    expected: [/content\/glossary\.yaml: YAML syntax error/],
  },
])('the build fails on $name, naming file and field', ({ file, edit, expected }) => {
  const { status, output } = buildCopyWith(file, edit);
  expect(status, output).not.toBe(0);
  for (const re of expected) expect(output).toMatch(re);
});
