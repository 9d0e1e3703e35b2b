// One schema per concept; this file only gathers them for content.config.ts and the tests.
import type { CollectionName, SchemaContext } from './common';
import { changeSchema } from './change';
import { glossarySchema } from './glossary';
import { industrySchema } from './industry';
import { measureSchema } from './measure';
import { planSchema } from './plan';
import { platformSchema } from './platform';
import { programmeSchema } from './programme';
import { projectSchema } from './project';
import { projectCategorySchema } from './project-category';
import { questionSchema } from './question';
import { targetSchema } from './target';
import { unitSchema } from './unit';

export { COLLECTIONS, type CollectionName, type SchemaContext } from './common';

export function schemas(ctx: SchemaContext) {
  return {
    plan: planSchema(ctx),
    industries: industrySchema(ctx),
    programmes: programmeSchema(ctx),
    platforms: platformSchema(ctx),
    projects: projectSchema(ctx),
    projectCategories: projectCategorySchema(ctx),
    targets: targetSchema(ctx),
    units: unitSchema(),
    measures: measureSchema(ctx),
    glossary: glossarySchema(ctx),
    questions: questionSchema(ctx),
    changes: changeSchema(ctx),
  } satisfies Record<CollectionName, unknown>;
}
