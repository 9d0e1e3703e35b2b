// Types of the content, taken from the schemas so there is one definition of each concept.
import type { z } from 'astro/zod';
import type { schemas } from '../schemas';

type Schemas = ReturnType<typeof schemas>;
export type Data<C extends keyof Schemas> = z.output<Schemas[C]>;

/** An entry as Astro's getCollection() returns it (the fields the portal uses). */
export interface Entry<C extends keyof Schemas> {
  id: string;
  collection: C;
  data: Data<C>;
  filePath?: string | undefined;
}

export type Collections = { [C in keyof Schemas]: Entry<C>[] };
export type { Ref } from './refs';
