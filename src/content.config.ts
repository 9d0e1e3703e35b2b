// Content collections of the portal: every file in content/ with its schema (src/schemas/). Industries, programmes,
// platforms and projects are MDX folders (data in frontmatter, explanation in the body); the rest are YAML lists.
// Paragraph ids are checked against the official text here, at load time, so a bad citation fails the build.
import { defineCollection, reference } from 'astro:content';
import { CONTENT_FILES, paragraphMap, readPlanText } from './lib/content-files';
import { mdxFolder, mdxTranslations, planLoader, yamlList } from './lib/loaders';
import { z } from 'astro/zod';
import { schemas, type CollectionName } from './schemas';
import { MDX_COLLECTIONS } from './schemas/common';
import { mdxEnglishSchema } from './schemas/english';

const s = schemas({ paragraphs: paragraphMap(readPlanText()), ref: reference });

const content = {
  plan: defineCollection({ loader: planLoader(CONTENT_FILES.plan), schema: s.plan }),
  industries: defineCollection({ loader: mdxFolder('industries', CONTENT_FILES.industries), schema: s.industries }),
  programmes: defineCollection({ loader: mdxFolder('programmes', CONTENT_FILES.programmes), schema: s.programmes }),
  platforms: defineCollection({ loader: mdxFolder('platforms', CONTENT_FILES.platforms), schema: s.platforms }),
  projects: defineCollection({ loader: mdxFolder('projects', CONTENT_FILES.projects), schema: s.projects }),
  projectCategories: defineCollection({ loader: yamlList(CONTENT_FILES.projectCategories), schema: s.projectCategories }),
  targets: defineCollection({ loader: yamlList(CONTENT_FILES.targets), schema: s.targets }),
  units: defineCollection({ loader: yamlList(CONTENT_FILES.units), schema: s.units }),
  measures: defineCollection({ loader: yamlList(CONTENT_FILES.measures), schema: s.measures }),
  glossary: defineCollection({ loader: yamlList(CONTENT_FILES.glossary), schema: s.glossary }),
  questions: defineCollection({ loader: yamlList(CONTENT_FILES.questions), schema: s.questions }),
  changes: defineCollection({ loader: yamlList(CONTENT_FILES.changes), schema: s.changes }),
} satisfies Record<CollectionName, unknown>;

export const collections = {
  ...content,
  // The English of the MDX entries (<id>.en.mdx), id "<collection>/<id>": read by the /en/ pages only.
  translations: defineCollection({
    loader: mdxTranslations(),
    schema: mdxEnglishSchema.extend({ of: z.enum(MDX_COLLECTIONS), entry: z.string() }),
  }),
};
