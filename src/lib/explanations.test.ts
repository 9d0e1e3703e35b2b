import { describe, expect, test } from 'vitest';
import { checkExplanation, ENTITY_KINDS, parseBody, sentences, type EntityKind, type ExplanationContext } from './explanations';
import { paragraphMap, readPlanText } from './content-files';

const none = new Set<string>();
const ctx: ExplanationContext = {
  paragraphs: paragraphMap(readPlanText()),
  targets: new Map([['community-business-districts', ['s2-1-p2']]]),
  entities: {
    ...(Object.fromEntries(Object.keys(ENTITY_KINDS).map((k) => [k, none])) as unknown as Record<EntityKind, ReadonlySet<string>>),
    industry: new Set(['modern-commerce']),
    platform: new Set(['huangjiu-town']),
    project: new Set(['huangjiu-town']),
    unit: new Set(['commerce-bureau']),
  },
  facts: ['taskParagraphs'],
};
const check = (body: string, longForm = false) =>
  checkExplanation(parseBody(body), ctx, { longForm }).map((p) => `${p.line} ${p.rule}: ${p.message}`);

describe('every paragraph is tied to a clause', () => {
  test('a cited paragraph, a quoted one and one with a target pass', () => {
    expect(
      check(
        `方案要提振商贸。<Cite ids={['s2-1-p2']} />\n\n方案说<Quote id="s2-1-p2" text="全面打造长三角新型贸易中心" />。\n\n目标是<Target id="community-business-districts" />。\n`,
      ),
    ).toEqual([]);
  });

  test('an uncited paragraph fails, naming its line; list items count as paragraphs', () => {
    expect(check(`第一段。<Cite ids={['s2-1-p2']} />\n\n第二段没有出处。\n\n- 一条<Cite ids={['s2-1-p2']} />\n- 另一条没有\n`)).toEqual([
      '3 uncited: this paragraph cites no clause: add <Cite ids={[…]} />, a <Quote> or a <Target>, or put it inside <Background> or <NotStated>',
      '6 uncited: this paragraph cites no clause: add <Cite ids={[…]} />, a <Quote> or a <Target>, or put it inside <Background> or <NotStated>',
    ]);
  });

  test('inside <Background> and <NotStated> no citation is needed', () => {
    expect(check(`<Background>\n黄酒是绍兴的传统名酒。\n</Background>\n\n<NotStated>\n方案没有写投资额。\n</NotStated>\n`)).toEqual([]);
  });
});

describe('typed numbers stand in the cited clauses', () => {
  test('a number of the cited clause passes; one from elsewhere fails', () => {
    expect(check(`每年改造提升10个社区商圈。<Cite ids={['s2-1-p2']} />\n`)).toEqual([]);
    expect(check(`旅游总收入要到500亿元。<Cite ids={['s2-1-p2']} />\n`)).toEqual([
      '1 number: "500" does not stand in s2-1-p2: cite the clause that states it, or use <Target>',
    ]);
  });

  test('a number must stand as a whole number, not inside a longer one', () => {
    // s2-1-p2 has 1500亿元 and 230亿元, but not 50 or 23 on their own.
    expect(check(`批发零售50亿元。<Cite ids={['s2-1-p2']} />\n`)).toEqual([
      '1 number: "50" does not stand in s2-1-p2: cite the clause that states it, or use <Target>',
    ]);
  });

  test('figures rendered by <Target> and words inside <Quote> are not typed numbers', () => {
    expect(
      check(
        `<Quote id="s2-1-p2" text="每年引进品牌首店、旗舰店、功能首店20家以上" />，也就是<Target id="community-business-districts" />。\n`,
      ),
    ).toEqual([]);
  });

  test('background must not add figures the plan never states', () => {
    expect(check(`<Background>\n鲁迅故里有800年历史。\n</Background>\n`)).toEqual([
      '2 number: "800" stands nowhere in the plan: background and notes must not add figures',
    ]);
  });
});

describe('quotes and ids', () => {
  test('a quote that is not verbatim fails', () => {
    expect(check(`<Quote id="s2-1-p2" text="每年改造提升20个社区商圈" />\n`)).toEqual([
      '1 quote: <Quote>: "每年改造提升20个社区商圈" does not stand verbatim in s2-1-p2: copy the plan\'s own words',
    ]);
  });

  test('unknown ids fail, in every component', () => {
    expect(check(`<Cite ids={['s9-9-p9']} /><Target id="no-target" /><Entity id="nobody" /><Fact name="nothing" />\n`)).toEqual([
      '1 unknown-id: <Cite>: "s9-9-p9" is not a paragraph id of the plan (see /plan/ for every id)',
      '1 unknown-id: <Target>: unknown targets id "no-target" (see content/targets.yaml)',
      '1 unknown-id: <Entity>: unknown id "nobody"',
      '1 unknown-id: <Fact>: unknown name "nothing"; one of taskParagraphs',
    ]);
  });

  test('an id in two collections needs its kind', () => {
    expect(check(`<Entity id="huangjiu-town" /><Cite ids={['s2-1-p2']} />\n`)).toEqual([
      '1 unknown-id: <Entity>: "huangjiu-town" is a platform and a project: add kind="platform" or kind="project"',
    ]);
    expect(check(`<Entity id="huangjiu-town" kind="platform" /><Cite ids={['s2-1-p2']} />\n`)).toEqual([]);
    expect(check(`<Entity id="commerce-bureau" kind="industry" /><Cite ids={['s2-1-p2']} />\n`)).toEqual([
      '1 unknown-id: <Entity>: unknown industry id "commerce-bureau"',
    ]);
  });

  test('unknown components, imports and expressions fail', () => {
    expect(check(`import X from './x';\n\n<Map /><Cite ids={['s2-1-p2']} />\n\n{1 + 1}\n`)).toEqual([
      '1 component: no import or export: the components are available without import',
      '3 component: <Map> is not a component explanations use: <Cite> <Quote> <Target> <Entity> <Background> <NotStated> <Fact>',
      '5 component: no {…} expressions: write text, or use a component',
    ]);
  });

  test('a link leads to a page of the site, an anchor or a web address; a javascript: URL fails, in any form', () => {
    expect(check(`见[原文](/plan/#s2-1-p2)、[上文](#top)和[门户](https://www.sxyc.gov.cn/)。<Cite ids={['s2-1-p2']} />\n`)).toEqual([]);
    const why = '" is not a page of the site (/…), an anchor (#…) or a web address (https://…)';
    expect(
      check(
        `[点此](javascript:alert(document.cookie))<Cite ids={['s2-1-p2']} />\n\n![图](JavaScript:x)[又][r]<Cite ids={['s2-1-p2']} />\n\n[r]: data:text/html,x\n`,
      ),
    ).toEqual([`1 link: "javascript:alert(document.cookie)${why}`, `3 link: "JavaScript:x${why}`, `5 link: "data:text/html,x${why}`]);
  });
});

test('an industry or programme keeps the five headings in order', () => {
  const body = (hs: string[]) => hs.map((h) => `## ${h}\n\n文字。<Cite ids={['s2-1-p2']} />\n`).join('\n');
  expect(check(body(['方案要做什么', '对市民意味着什么', '在哪里', '谁负责', '方案没有说什么']), true)).toEqual([]);
  expect(check(body(['方案要做什么', '对企业意味着什么', '对市民意味着什么', '在哪里', '谁负责', '方案没有说什么']), true)).toEqual([]);
  expect(check(body(['方案要做什么', '在哪里', '谁负责', '方案没有说什么']), true)[0]).toMatch(
    /^1 headings: the ## headings are "方案要做什么 \/ 在哪里/,
  );
});

test('sentences are split at 。！？ and paragraph ends; headings and citation labels are left out', () => {
  expect(sentences(parseBody(`## 标题\n\n第一句。第二句！<Cite ids={['s2-1-p2']} />\n\n- 一项\n`))).toEqual([
    '第一句。',
    '第二句！',
    '一项',
  ]);
});
