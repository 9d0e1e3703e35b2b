// The one way to fill named placeholders in a string: "找到 {n} 条" with { n: 3 }. A placeholder without a value
// is an error, not a silent "{n}" on the page; a value without a placeholder is allowed (one set of values can
// serve several strings).
export type TemplateValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function fill(template: string, values: TemplateValues = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new RangeError(`no value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** The placeholder names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}
