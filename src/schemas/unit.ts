import { z } from 'astro/zod';
import { text } from './common';
import { ENGLISH } from './english';

/** Kinds of responsible unit, by what their names say they are. */
export const UNIT_KINDS = [
  'party',
  'bureau',
  'branch',
  'state-owned-group',
  'task-force',
  'management-committee',
  'municipal',
  'towns-streets',
  'coordination',
] as const;

export function unitSchema() {
  return (
    z
      .object({
        type: z.literal('unit').default('unit').describe('条目类型'),
        name: text.describe('单位名称，照录方案'),
        kind: z
          .enum(UNIT_KINDS, { error: `kind must be one of ${UNIT_KINDS.join(', ')}` })
          .describe(
            '单位类型（按名称判断）：party 区委部门，bureau 区政府部门（名称为“区…局”），branch 分局（名称以“分局”结尾；方案没有说明它的隶属），state-owned-group 国有企业集团，task-force 专班，management-committee 管委会，municipal 市级单位，towns-streets 镇街，coordination 议事协调机构',
          ),
        /** Other ways the plan writes this unit. */
        aliases: z.array(text).default([]).describe('方案中的其他写法'),
        note: text.optional().describe('本站的说明'),
        /** Background, not plan content: the plan writes short names only. */
        officialName: text.optional().describe('单位全称（背景资料，不出自方案；方案只写简称）'),
        /** Where the full name was checked, so a reader can check it too. */
        // Only web addresses: the page links to it, and a javascript: or data: URL would run in readers' browsers.
        officialNameSource: z
          .url({ protocol: /^https?$/, error: 'officialNameSource must be a web address starting with https:// or http://' })
          .optional()
          .describe('核对单位全称所用的公开网页地址'),
        en: ENGLISH.units,
      })
      .superRefine((u, issue) => {
        if ((u.officialName === undefined) !== (u.officialNameSource === undefined)) {
          issue.addIssue({
            code: 'custom',
            path: [u.officialName === undefined ? 'officialName' : 'officialNameSource'],
            message: 'officialName and officialNameSource go together: a full name is background and must say where it was checked',
          });
        }
      })
      // The kind is read off the name; a 分局 is not a district government department by its name alone.
      .superRefine((u, issue) => {
        if (u.name.endsWith('分局') !== (u.kind === 'branch')) {
          issue.addIssue({
            code: 'custom',
            path: ['kind'],
            message: u.kind === 'branch' ? 'kind branch is for names ending in 分局' : `"${u.name}" ends in 分局: kind must be branch`,
          });
        }
      })
  );
}
