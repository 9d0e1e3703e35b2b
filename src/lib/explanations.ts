// The rules an explanation (the MDX body of an industry, programme, platform or project) must keep, checked on
// its syntax tree so a failure can name the line: every paragraph cites a clause or stands inside <Background> or
// <NotStated>; every number typed in a paragraph stands in a clause that paragraph cites; every <Quote> is the
// plan's words; every id is known. Pure: the caller reads the files and supplies what the ids mean.
import type { Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { strayFigures } from './figures';

/** What `<Entity kind>` may name, and the collection behind each kind. */
export const ENTITY_KINDS = {
  industry: 'industries',
  programme: 'programmes',
  platform: 'platforms',
  project: 'projects',
  category: 'projectCategories',
  unit: 'units',
  term: 'glossary',
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;

/** The components a body may use, without an import. */
export const PROSE_COMPONENTS = ['Cite', 'Quote', 'Target', 'Entity', 'Background', 'NotStated', 'Fact'] as const;
/** Components whose content is not the plan's and needs no citation. */
const SHELTERS = new Set(['Background', 'NotStated']);
/** Components that tie a paragraph to clauses. */
const CITING = new Set(['Cite', 'Quote', 'Target']);

export interface ExplanationContext {
  /** Paragraph id → text of the official plan. */
  paragraphs: ReadonlyMap<string, string>;
  /** Target id → the paragraphs it cites. */
  targets: ReadonlyMap<string, readonly string[]>;
  /** For each kind, the ids that exist. */
  entities: Readonly<Record<EntityKind, ReadonlySet<string>>>;
  /** Names the counted figures of <Fact name> (FACTS in src/schemas/question.ts). */
  facts: readonly string[];
}

export type Rule = 'uncited' | 'number' | 'quote' | 'unknown-id' | 'component' | 'headings' | 'link';

/**
 * Where a body's Markdown link (or image) may point: a page of the site, an anchor, or a web address. MDX writes
 * the URL into href as it stands, so a javascript: URL would run when a reader clicks it.
 */
const SAFE_URL = /^(?:\/|#|https?:\/\/)/i;

export interface RuleProblem {
  /** Line in the parsed text (1-based); add the body's first line to get the file's line. */
  line: number;
  rule: Rule;
  message: string;
}

/** The order of `##` headings an industry's or programme's explanation keeps. */
export const LONG_FORM_HEADINGS =
  /^方案要做什么\|(对市民意味着什么\|对企业意味着什么|对市民意味着什么|对企业意味着什么|对企业意味着什么\|对市民意味着什么)\|在哪里\|谁负责\|方案没有说什么$/;
export const LONG_FORM_HEADING_HINT = '方案要做什么 / 对市民意味着什么 或 对企业意味着什么（可两者都有）/ 在哪里 / 谁负责 / 方案没有说什么';
/** The same headings in the English body (`<id>.en.mdx`). */
export const LONG_FORM_HEADINGS_EN =
  /^What the plan sets out to do\|(What it means for residents\|What it means for businesses|What it means for residents|What it means for businesses|What it means for businesses\|What it means for residents)\|Where\|Who is responsible\|What the plan does not say$/;
export const LONG_FORM_HEADING_HINT_EN =
  'What the plan sets out to do / What it means for residents or What it means for businesses (or both) / Where / Who is responsible / What the plan does not say';

/** How a body is checked: long-form headings (industries, programmes) and the language it is written in. */
export interface CheckOptions {
  longForm?: boolean;
  /** An English body: headings in English, every <Quote> with its English (`en`), figures as the formatter writes them. */
  english?: boolean;
}

export function parseBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (n: Nodes): n is Jsx => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

function attr(el: Jsx, name: string): string | undefined {
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (typeof a.value === 'string') return a.value;
    if (a.value && typeof a.value === 'object') return a.value.value;
  }
  return undefined;
}

/** `{['s2-1-p1', 's2-1']}` → the ids; undefined when the expression is not a plain list of strings. */
function idList(expression: string | undefined): string[] | undefined {
  if (expression === undefined) return undefined;
  if (!/^\s*\[\s*(?:(['"])[^'"]*\1\s*,?\s*)*\]\s*$/.test(expression)) return undefined;
  return [...expression.matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]!);
}

const HAN = /\p{Script=Han}/u;

/** Numbers as typed: runs of digits, with a decimal part. */
const NUMBER = /\d+(?:\.\d+)?/g;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const standsAsNumber = (n: string, text: string) => new RegExp(`(?<![\\d.])${escapeRe(n)}(?!\\.?\\d)`).test(text);

/** The reader-visible text of a node that is typed in the body itself (not produced by a component). */
function typedText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (isJsx(node)) return '';
  return 'children' in node ? (node.children as Nodes[]).map(typedText).join('') : '';
}

/** The whole plan as one text, joined once per paragraph map rather than once per body checked. */
const joined = new WeakMap<ReadonlyMap<string, string>, string>();
function planText(paragraphs: ReadonlyMap<string, string>): string {
  let text = joined.get(paragraphs);
  if (text === undefined) joined.set(paragraphs, (text = [...paragraphs.values()].join('\n')));
  return text;
}

export function checkExplanation(root: Root, ctx: ExplanationContext, options: CheckOptions = {}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const lineOf = (n: Nodes) => n.position?.start.line ?? 0;
  const fail = (n: Nodes, rule: Rule, message: string) => problems.push({ line: lineOf(n), rule, message });
  const allPlan = planText(ctx.paragraphs);

  /** Checks a component's name and ids; returns the clauses it cites. */
  function component(el: Jsx): string[] {
    const name = el.name ?? '';
    if (!(PROSE_COMPONENTS as readonly string[]).includes(name)) {
      fail(el, 'component', `<${name || '>'}> is not a component explanations use: ${PROSE_COMPONENTS.map((c) => `<${c}>`).join(' ')}`);
      return [];
    }
    const unknownParagraph = (id: string) =>
      fail(el, 'unknown-id', `<${name}>: "${id}" is not a paragraph id of the plan (see /plan/ for every id)`);
    if (name === 'Cite') {
      const ids = idList(attr(el, 'ids'));
      if (!ids?.length) {
        fail(el, 'component', `<Cite> needs ids as a list of paragraph ids, e.g. <Cite ids={['s2-1-p1']} />`);
        return [];
      }
      ids.filter((id) => !ctx.paragraphs.has(id)).forEach(unknownParagraph);
      return ids.filter((id) => ctx.paragraphs.has(id));
    }
    if (name === 'Quote') {
      const id = attr(el, 'id');
      const text = attr(el, 'text');
      if (!id || !text) {
        fail(el, 'component', '<Quote> needs id and text, e.g. <Quote id="s2-1-p2" text="每年改造提升10个社区商圈" />');
        return [];
      }
      if (!ctx.paragraphs.has(id)) {
        unknownParagraph(id);
        return [];
      }
      if (!ctx.paragraphs.get(id)!.includes(text))
        fail(el, 'quote', `<Quote>: "${text}" does not stand verbatim in ${id}: copy the plan's own words`);
      if (options.english) {
        const en = attr(el, 'en');
        if (!en?.trim()) fail(el, 'quote', `<Quote>: add en="…", the English of "${text}"`);
        else if (HAN.test(en)) fail(el, 'quote', `<Quote>: en="${en}" must be English, without Chinese characters`);
        else
          for (const f of strayFigures(en, text))
            fail(el, 'number', `<Quote>: "${f}" in en is not a figure of "${text}" as the formatter writes it`);
      }
      return [id];
    }
    if (name === 'Target') {
      const id = attr(el, 'id') ?? '';
      const sources = ctx.targets.get(id);
      if (!sources) {
        fail(el, 'unknown-id', `<Target>: unknown targets id "${id}" (see content/targets.yaml)`);
        return [];
      }
      return [...sources];
    }
    if (name === 'Entity') {
      const id = attr(el, 'id') ?? '';
      const kind = attr(el, 'kind');
      const kinds = (Object.keys(ENTITY_KINDS) as EntityKind[]).filter((k) => ctx.entities[k].has(id));
      if (kind !== undefined && !(kind in ENTITY_KINDS))
        fail(el, 'component', `<Entity>: kind "${kind}" is one of ${Object.keys(ENTITY_KINDS).join(', ')}`);
      else if (kind !== undefined && !kinds.includes(kind as EntityKind)) fail(el, 'unknown-id', `<Entity>: unknown ${kind} id "${id}"`);
      else if (kinds.length === 0) fail(el, 'unknown-id', `<Entity>: unknown id "${id}"`);
      else if (kind === undefined && kinds.length > 1)
        fail(el, 'unknown-id', `<Entity>: "${id}" is a ${kinds.join(' and a ')}: add kind="${kinds[0]}" or kind="${kinds[1]}"`);
      return [];
    }
    if (name === 'Fact') {
      const fact = attr(el, 'name') ?? '';
      if (!ctx.facts.includes(fact)) fail(el, 'unknown-id', `<Fact>: unknown name "${fact}"; one of ${ctx.facts.join(', ')}`);
      return [];
    }
    return [];
  }

  function paragraph(p: Paragraph, sheltered: boolean) {
    const cited = new Set<string>();
    let citing = false;
    const walk = (n: Nodes) => {
      if (isJsx(n)) {
        for (const id of component(n)) cited.add(id);
        if (CITING.has(n.name ?? '')) citing = true;
      }
      if ('children' in n) (n.children as Nodes[]).forEach(walk);
    };
    p.children.forEach((c) => walk(c));
    const typed = typedText(p);
    if (sheltered) {
      for (const [n] of typed.matchAll(NUMBER)) {
        if (!standsAsNumber(n, allPlan)) fail(p, 'number', `"${n}" stands nowhere in the plan: background and notes must not add figures`);
      }
      return;
    }
    if (!citing) {
      fail(
        p,
        'uncited',
        `this paragraph cites no clause: add <Cite ids={[…]} />, a <Quote> or a <Target>, or put it inside <Background> or <NotStated>`,
      );
      return;
    }
    const texts = [...cited].map((id) => ctx.paragraphs.get(id) ?? '');
    if (options.english) {
      for (const f of strayFigures(typed, texts.join('\n')))
        fail(
          p,
          'number',
          `"${f}" is not a figure of ${[...cited].join(', ')} as the formatter writes it: cite the clause, or use <Target>`,
        );
      return;
    }
    for (const [n] of typed.matchAll(NUMBER)) {
      if (!texts.some((t) => standsAsNumber(n, t))) {
        fail(
          p,
          'number',
          `"${n}" does not stand in ${[...cited].join(', ') || 'the cited clauses'}: cite the clause that states it, or use <Target>`,
        );
      }
    }
  }

  const headings: string[] = [];
  function visit(n: Nodes, sheltered: boolean) {
    if (n.type === 'mdxjsEsm') return void fail(n, 'component', 'no import or export: the components are available without import');
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression')
      return void fail(n, 'component', 'no {…} expressions: write text, or use a component');
    if (n.type === 'heading') {
      if (n.depth === 2) headings.push(typedText(n).trim());
      return;
    }
    if (n.type === 'paragraph') return paragraph(n, sheltered);
    if (isJsx(n)) {
      component(n);
      const shelter = sheltered || SHELTERS.has(n.name ?? '');
      return n.children.forEach((c) => visit(c as Nodes, shelter));
    }
    if ('children' in n) (n.children as Nodes[]).forEach((c) => visit(c, sheltered));
  }
  visit(root, false);

  (function links(n: Nodes) {
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && !SAFE_URL.test(n.url))
      fail(n, 'link', `"${n.url}" is not a page of the site (/…), an anchor (#…) or a web address (https://…)`);
    if ('children' in n) (n.children as Nodes[]).forEach(links);
  })(root);

  const [pattern, hint] = options.english
    ? [LONG_FORM_HEADINGS_EN, LONG_FORM_HEADING_HINT_EN]
    : [LONG_FORM_HEADINGS, LONG_FORM_HEADING_HINT];
  if (options.longForm && !pattern.test(headings.join('|'))) {
    problems.push({
      line: 1,
      rule: 'headings',
      message: `the ## headings are "${headings.join(' / ')}"; an industry or programme uses ${hint}`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * The text a reader sees, for length and sentence measures: typed text and quoted words, an entity as a short
 * stand-in; citation labels left out.
 */
export function readerText(root: Root): string {
  const text = (n: Nodes): string => {
    if (n.type === 'text') return n.value;
    if (isJsx(n)) {
      if (n.name === 'Quote') return `“${attr(n, 'text') ?? ''}”`;
      if (n.name === 'Entity' || n.name === 'Target') return '某某';
      if (n.name === 'Cite' || n.name === 'Fact') return '';
    }
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem') return `${(n.children as Nodes[]).map(text).join('')}\n`;
    return 'children' in n ? (n.children as Nodes[]).map(text).join('') : '';
  };
  return text(root);
}

/** Sentences of running text (headings are not sentences), ended by 。！？ or a paragraph's end. */
export function sentences(root: Root): string[] {
  const body: Root = { ...root, children: root.children.filter((c) => c.type !== 'heading') };
  return readerText(body)
    .split(/(?<=[。！？])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}
