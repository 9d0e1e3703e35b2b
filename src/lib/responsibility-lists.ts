// The plan's own 责任单位 lists, read from the official text: where each stands, each unit exactly as the plan
// spells it, and how the task paragraphs of 二 and 三 are covered by them. Content names units by id; this is
// what the content is checked against, and what pages show, so a list always reads as the plan prints it.
import type { PlanBlock, PlanTree } from './plan-text';

/** The word that opens each list, as the plan prints it; checks name the lists by it. */
export const LIST_LABEL = '责任单位';
/** "（责任单位：A、B、C）" at the end of a paragraph. */
const LIST = new RegExp(`（${LIST_LABEL}：([^）]+)）`);
/** Lists that name no department end "…成员单位按职责落实": the words after the last name belong to the list. */
const SUFFIX = '按职责落实';
/** A list item that names the leading group's members rather than a department. */
const MEMBERS = /领导小组.*成员单位/;

export interface PrintedList {
  /** Paragraph id of the paragraph the list closes. */
  source: string;
  /** The list exactly as printed, brackets included. */
  text: string;
  /** Each unit as the plan spells it, in order, without the closing "按职责落实". */
  items: string[];
  /** "按职责落实" where the plan closes the list with it. */
  suffix: string;
  /** False when the list names only the leading group's member units, no department. */
  namesDepartments: boolean;
}

export function printedList(block: Pick<PlanBlock, 'id' | 'text'>): PrintedList | undefined {
  const m = LIST.exec(block.text);
  if (!m) return undefined;
  const body = m[1]!;
  const suffix = body.endsWith(SUFFIX) ? SUFFIX : '';
  const items = body.slice(0, body.length - suffix.length).split('、');
  return { source: block.id, text: m[0], items, suffix, namesDepartments: !items.every((i) => MEMBERS.test(i)) };
}

/** The list as a line of text: "区商务局、区招商投资促进中心<专班>、…" (no brackets, no label). */
export function listLine(list: Pick<PrintedList, 'items' | 'suffix'>): string {
  return list.items.join('、') + list.suffix;
}

/** Every 责任单位 list of the plan, in document order. */
export function printedLists(blocks: readonly PlanBlock[]): PrintedList[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? (printedList(b) ?? []) : []));
}

export interface ListCoverage {
  /** Task paragraphs: the paragraphs of the subsections of 二 and 三. */
  taskParagraphs: number;
  /** Of those, how many end with a list of their own. */
  withOwnList: number;
  /** Paragraphs without a list of their own that a later list in the same subsection closes. */
  coveredBySubsectionList: number;
  /** Paragraphs that no list of their subsection follows. */
  uncovered: number;
  /** Subsections (e.g. 三（一）) whose several paragraphs share one list at the end, by label. */
  sharedListSubsections: string[];
  /** Lists in 二 and 三, and how many of them name at least one department. */
  lists: number;
  listsNamingDepartments: number;
  /** Paragraphs of 四 (支撑保障) and the lists among them (the plan prints none there). */
  supportParagraphs: number;
  supportLists: number;
}

/** How the plan's task paragraphs are covered by 责任单位 lists, counted from the text. */
export function listCoverage(tree: PlanTree): ListCoverage {
  const section = (n: number) => tree.sections.find((s) => s.id === `s${n}`);
  const subsections = [section(2), section(3)].flatMap((s) => s?.subsections ?? []);
  const out: ListCoverage = {
    taskParagraphs: 0,
    withOwnList: 0,
    coveredBySubsectionList: 0,
    uncovered: 0,
    sharedListSubsections: [],
    lists: 0,
    listsNamingDepartments: 0,
    supportParagraphs: 0,
    supportLists: 0,
  };
  for (const sub of subsections) {
    const lists = sub.paragraphs.map((p) => printedList(p));
    const lastWithList = lists.findLastIndex((l) => l !== undefined);
    lists.forEach((l, i) => {
      out.taskParagraphs += 1;
      if (l) {
        out.withOwnList += 1;
        out.lists += 1;
        if (l.namesDepartments) out.listsNamingDepartments += 1;
      } else if (i < lastWithList) out.coveredBySubsectionList += 1;
      else out.uncovered += 1;
    });
    const listCount = lists.filter(Boolean).length;
    if (listCount === 1 && sub.paragraphs.length > 1 && lastWithList === sub.paragraphs.length - 1)
      out.sharedListSubsections.push(sub.label);
  }
  const support = section(4);
  for (const p of [...(support?.paragraphs ?? []), ...(support?.subsections ?? []).flatMap((s) => s.paragraphs)]) {
    out.supportParagraphs += 1;
    if (printedList(p)) out.supportLists += 1;
  }
  return out;
}
