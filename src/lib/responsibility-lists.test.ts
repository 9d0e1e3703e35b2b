import { describe, expect, test } from 'vitest';
import { readPlanText } from './content-files';
import { parsePlan, planBlocks } from './plan-text';
import { listCoverage, listLine, printedList, printedLists } from './responsibility-lists';

const tree = parsePlan(readPlanText());
const lists = printedLists(planBlocks(tree));

describe('printed 责任单位 lists', () => {
  test('reads a list with the plan’s own spellings, brackets and all', () => {
    const list = printedList({ id: 'x', text: '做某事。（责任单位：区经信局<区金融办>、区招商投资促进中心<专班>、各镇街）' })!;
    expect(list.items).toEqual(['区经信局<区金融办>', '区招商投资促进中心<专班>', '各镇街']);
    expect(list.suffix).toBe('');
    expect(list.namesDepartments).toBe(true);
    expect(listLine(list)).toBe('区经信局<区金融办>、区招商投资促进中心<专班>、各镇街');
  });

  test('keeps "按职责落实" apart from the unit, whichever way the members are written', () => {
    for (const members of ['各服务业发展领导小组成员单位', '区服务业发展领导小组各成员单位', '区服务业发展领导小组成员单位']) {
      const list = printedList({ id: 'x', text: `（责任单位：${members}按职责落实）` })!;
      expect(list.items).toEqual([members]);
      expect(list.suffix).toBe('按职责落实');
      expect(list.namesDepartments).toBe(false);
      expect(list.text).toBe(`（责任单位：${listLine(list)}）`);
    }
  });

  test('a paragraph without a list has none', () => {
    expect(printedList({ id: 'x', text: '充分发挥区服务业发展领导小组统筹协调作用。' })).toBeUndefined();
  });

  test('the plan prints seventeen lists, each reproduced exactly by its items', () => {
    expect(lists.map((l) => l.source)).toEqual([
      's2-1-p1',
      's2-1-p2',
      's2-2-p1',
      's2-2-p2',
      's2-2-p3',
      's2-2-p4',
      's3-1-p4',
      's3-2-p3',
      's3-3-p1',
      's3-3-p2',
      's3-3-p3',
      's3-4-p1',
      's3-4-p2',
      's3-4-p3',
      's3-4-p4',
      's3-5-p3',
      's3-6-p3',
    ]);
    for (const l of lists) expect(l.text).toBe(`（责任单位：${listLine(l)}）`);
  });
});

describe('how the task paragraphs are covered', () => {
  const c = listCoverage(tree);

  test('counts paragraphs with their own list and those a subsection’s closing list covers', () => {
    expect(c.taskParagraphs).toBe(26);
    expect(c.withOwnList).toBe(17);
    expect(c.coveredBySubsectionList).toBe(9);
    expect(c.uncovered).toBe(0);
    expect(c.withOwnList + c.coveredBySubsectionList + c.uncovered).toBe(c.taskParagraphs);
  });

  test('names the subsections that share one list at their end', () => {
    expect(c.sharedListSubsections).toEqual(['三（一）', '三（二）', '三（五）', '三（六）']);
  });

  test('counts the lists that name no department', () => {
    expect(c.lists).toBe(17);
    expect(c.listsNamingDepartments).toBe(12);
  });

  test('section 四 has paragraphs but no list', () => {
    expect(c.supportParagraphs).toBe(4);
    expect(c.supportLists).toBe(0);
  });
});
