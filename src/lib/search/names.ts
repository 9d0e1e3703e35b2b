// Name variants of a responsible unit, derived from the content and a reviewed table of naming (language data,
// src/i18n/search-zh-CN.ts): so 经济和信息化局, 越城区经信局, 经信委 and 金融办 all lead to 区经信局.

export interface UnitNames {
  name: string;
  aliases: readonly string[];
  /** The full official name, background where the content gives it. */
  officialName?: string | undefined;
}

export interface NamingTable {
  /** District and city names that stand before a unit's own name, longest first. */
  prefixes: readonly string[];
  /** The mark a district unit's name starts with, and the district's names that stand for it (区经信局 is 越城区经信局). */
  districtMark: string;
  district: readonly string[];
  /** Short forms in names and their full words. */
  parts: readonly (readonly [string, string])[];
  /** Today's name (its core) and older names of the same body. */
  older: readonly (readonly [string, readonly string[]])[];
}

/** The name without a district or city prefix, where one stands before more than two characters. */
export function coreName(name: string, prefixes: readonly string[]): string {
  const p = [...prefixes].sort((a, b) => b.length - a.length).find((x) => name.startsWith(x) && name.length - x.length > 2);
  return p ? name.slice(p.length) : name;
}

/** Every other name the unit goes by, without its own `name`; each once. */
export function unitNameVariants(unit: UnitNames, naming: NamingTable): string[] {
  // The plan writes a unit with the office it houses as 区经信局<区金融办>: each part is a name of it.
  const written = [unit.name, ...unit.aliases].flatMap((a) => [a, ...a.split(/[<>]/).filter(Boolean)]);
  const official = unit.officialName ? [unit.officialName] : [];
  const cores = [...written, ...official].map((n) => coreName(n, naming.prefixes));
  const full = [...written, ...official, ...cores].map((c) =>
    naming.parts.reduce((n, [short, long]) => (n.includes(long) ? n : n.replace(short, long)), c),
  );
  // A district unit (区…) is also written with the district's name, in short and full words.
  const districtCores = [...written, ...official].some((n) => n.startsWith(naming.districtMark))
    ? [...cores, ...full.map((n) => coreName(n, naming.prefixes))]
    : [];
  const withDistrict = naming.district.flatMap((d) => districtCores.map((c) => d + c));
  const older = cores.flatMap((c) => naming.older.filter(([now]) => c === now).flatMap(([, old]) => old));
  const all = [...written, ...official, ...cores, ...full, ...withDistrict, ...older];
  return [...new Set(all)].filter((n) => n !== unit.name && !n.includes('<'));
}
