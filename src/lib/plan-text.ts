// Parses the official text of 越政发〔2023〕14号 into an ordered tree of addressable blocks.
// Ids are derived from the document's own numbering (一、 → s1, （二） → s1-2), so they stay stable
// as long as the official text does, and every citation on the site can link to `/plan/#<id>`.

export type BlockKind = 'notice' | 'title' | 'heading' | 'paragraph' | 'cc';

export interface PlanBlock {
  /** Stable ASCII id, used as the HTML anchor. */
  id: string;
  /** Human label, e.g. `三（三）¶2`. */
  label: string;
  kind: BlockKind;
  /** The line exactly as it stands in the official text, without surrounding white space. */
  text: string;
}

export interface PlanSubsection {
  id: string;
  label: string;
  heading: PlanBlock;
  paragraphs: PlanBlock[];
}

export interface PlanSection {
  id: string;
  label: string;
  heading: PlanBlock;
  /** Paragraphs that stand between the section heading and its first subsection. */
  paragraphs: PlanBlock[];
  subsections: PlanSubsection[];
}

export interface PlanTree {
  /** The covering notice (通知) that issues the plan. */
  notice: PlanBlock[];
  /** The plan's own title, as printed over two lines. */
  title: PlanBlock[];
  /** The opening paragraph(s) before section 一. */
  preamble: PlanBlock[];
  sections: PlanSection[];
  /** The 抄送 line. */
  cc: PlanBlock[];
}

/** The numerals of the document's numbering, one to ten. */
export const NUMERALS = '一二三四五六七八九十';
const SECTION = new RegExp(`^([${NUMERALS}]+)、(.+)$`);
const SUBSECTION = new RegExp(`^（([${NUMERALS}]+)）(.+)$`);
/** The first line of the plan proper: everything before it belongs to the covering notice. */
const PLAN_TITLE_START = '越城区开展“1616”专项行动打造现代服务业';
const TITLE_LINES = 2;

export function chineseNumeralValue(numeral: string): number {
  // Only 一 … 十 occur in this document's numbering.
  const value = NUMERALS.indexOf(numeral) + 1;
  if (numeral.length !== 1 || value === 0) throw new Error(`Unsupported section numeral "${numeral}"`);
  return value;
}

/** The non-empty lines of the text, trimmed: the unit that the round-trip test compares. */
export function planLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function parsePlan(text: string): PlanTree {
  const lines = planLines(text);
  const titleAt = lines.indexOf(PLAN_TITLE_START);
  if (titleAt < 0) throw new Error(`Plan text: title line "${PLAN_TITLE_START}" not found`);

  const tree: PlanTree = { notice: [], title: [], preamble: [], sections: [], cc: [] };
  tree.notice = lines.slice(0, titleAt).map((text, i) => ({
    id: `notice-p${i + 1}`,
    label: `通知¶${i + 1}`,
    kind: 'notice',
    text,
  }));
  tree.title = lines.slice(titleAt, titleAt + TITLE_LINES).map((text, i) => ({
    id: `title-${i + 1}`,
    label: '标题',
    kind: 'title',
    text,
  }));

  let section: PlanSection | undefined;
  let subsection: PlanSubsection | undefined;
  for (const text of lines.slice(titleAt + TITLE_LINES)) {
    // Group 1 is the numeral; the regexes guarantee it when they match.
    const s = SECTION.exec(text)?.[1];
    const sub = SUBSECTION.exec(text)?.[1];
    if (text.startsWith('抄送：')) {
      tree.cc.push({ id: 'cc', label: '抄送', kind: 'cc', text });
      section = undefined;
      subsection = undefined;
    } else if (s) {
      const id = `s${chineseNumeralValue(s)}`;
      const created: PlanSection = { id, label: s, heading: { id, label: s, kind: 'heading', text }, paragraphs: [], subsections: [] };
      section = created;
      subsection = undefined;
      tree.sections.push(created);
    } else if (sub && section) {
      const id = `${section.id}-${chineseNumeralValue(sub)}`;
      const label = `${section.label}（${sub}）`;
      const created: PlanSubsection = { id, label, heading: { id, label, kind: 'heading', text }, paragraphs: [] };
      subsection = created;
      section.subsections.push(created);
    } else {
      const owner = subsection ?? section;
      const list = owner ? owner.paragraphs : tree.preamble;
      const n = list.length + 1;
      list.push({
        id: owner ? `${owner.id}-p${n}` : `preamble-p${n}`,
        label: owner ? `${owner.label}¶${n}` : `序言¶${n}`,
        kind: 'paragraph',
        text,
      });
    }
  }
  return tree;
}

/** Every block of the tree in document order. */
export function planBlocks(tree: PlanTree): PlanBlock[] {
  const out: PlanBlock[] = [...tree.notice, ...tree.title, ...tree.preamble];
  for (const section of tree.sections) {
    out.push(section.heading, ...section.paragraphs);
    for (const sub of section.subsections) out.push(sub.heading, ...sub.paragraphs);
  }
  out.push(...tree.cc);
  return out;
}

/**
 * The clauses of the text: the blocks a citation can point to. Every numbered paragraph of the plan (its preamble and
 * sections) is one; of the covering notice, only its body is: the lines between the addressee line (the one ending in
 * "："), and the signature, which repeats the issuer printed on the notice's second line. The 文号, the notice's
 * title, addressees, signature, date and publication note are not, nor are headings, the title and 抄送.
 */
export function clauseIds(tree: PlanTree): Set<string> {
  const notice = tree.notice;
  const from = notice.findIndex((b) => b.text.endsWith('：'));
  const issuer = notice[1]?.text;
  const to = notice.findIndex((b, i) => i > from && b.text === issuer);
  if (from < 0 || to < 0) throw new Error('Plan text: the covering notice has no addressee line or no signature repeating its issuer');
  const body = notice.slice(from + 1, to);
  return new Set([...body, ...planBlocks(tree).filter((b) => b.kind === 'paragraph')].map((b) => b.id));
}
