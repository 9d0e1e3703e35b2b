// A reference to another entry as the schemas produce it ({ collection, id }, Astro's reference() shape).
export interface Ref {
  collection: string;
  id: string;
}

/** True for a reference and nothing else: an object with exactly `collection` and `id`, both strings. */
export function isRef(value: unknown): value is Ref {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return Object.keys(o).length === 2 && typeof o['collection'] === 'string' && typeof o['id'] === 'string';
}
