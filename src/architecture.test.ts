// Dependencies run one way: pages → components → charts → lib → schemas. A module may import from its own layer
// and the layers below it, never above; src/lib is also language-neutral, so it imports no interface strings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = path.resolve('src');
/** Each layer and what it must not import. */
const FORBIDDEN: Record<string, string[]> = {
  schemas: ['lib', 'charts', 'components', 'pages', 'layouts', 'i18n'],
  lib: ['charts', 'components', 'pages', 'layouts', 'i18n'],
  charts: ['components', 'pages', 'layouts'],
  components: ['pages', 'layouts'],
};

function sources(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(ts|astro)$/.test(f) && !/\.test\.ts$/.test(f))
    .map((f) => path.join(dir, f));
}

/** The src/ folder each relative import of `file` lands in. */
function importedLayers(file: string): { spec: string; layer: string }[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].flatMap((m) => {
    const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!));
    return target.startsWith('..') ? [] : [{ spec: m[1]!, layer: target.split(path.sep)[0]! }];
  });
}

describe.each(Object.entries(FORBIDDEN))('src/%s', (layer, forbidden) => {
  test(`imports nothing from ${forbidden.join(', ')}`, () => {
    const wrong = sources(path.join(SRC, layer)).flatMap((file) =>
      importedLayers(file)
        .filter((i) => forbidden.includes(i.layer))
        .map((i) => `${path.relative(SRC, file)} imports ${i.spec}`),
    );
    expect(wrong).toEqual([]);
  });
});

test('the check sees imports: a lib module importing the string table would be caught', () => {
  const probe = path.join(SRC, 'lib', '__probe__.ts');
  fs.writeFileSync(probe, "import { t } from '../i18n/zh-CN';\n");
  try {
    expect(importedLayers(probe)).toEqual([{ spec: '../i18n/zh-CN', layer: 'i18n' }]);
  } finally {
    fs.rmSync(probe);
  }
});
