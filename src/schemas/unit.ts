import { z } from 'astro/zod';
import { text } from './common';

/** Kinds of responsible unit, by what their names say they are. */
export const UNIT_KINDS = [
  'party',
  'bureau',
  'state-owned-group',
  'task-force',
  'management-committee',
  'municipal',
  'towns-streets',
  'coordination',
] as const;

export function unitSchema() {
  return z.object({
    type: z.literal('unit').default('unit'),
    name: text,
    kind: z.enum(UNIT_KINDS, { error: `kind must be one of ${UNIT_KINDS.join(', ')}` }),
    /** Other ways the plan writes this unit. */
    aliases: z.array(text).default([]),
    note: text.optional(),
  });
}
