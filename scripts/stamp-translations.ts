// npm run translations:stamp: records in each English translation the hash of the Chinese it now renders
// (src/lib/translation.ts). Run it after translating or reviewing, never to silence the stale-translation test
// without reading what changed. It only writes `hash` fields; `--check` lists what would change and exits 1.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { contentDir } from '../src/lib/content-files.ts';
import { staleTranslations, translationStates } from '../src/lib/translation.ts';

const check = process.argv.includes('--check');
const stale = translationStates().filter((s) => s.translated && s.recorded !== s.hash);
if (check) {
  console.log(staleTranslations(translationStates()).join('\n') || 'every translation is stamped');
  process.exit(stale.length ? 1 : 0);
}

const byFile = Map.groupBy(stale, (s) => s.file);
for (const [file, states] of byFile) {
  const full = path.join(contentDir(), path.relative('content', file));
  const text = fs.readFileSync(full, 'utf8');
  if (file.endsWith('.mdx')) {
    const hash = states[0]!.hash;
    const fm = /^---\r?\n([\s\S]*?)(\r?\n)?---/.exec(text);
    const fields = (fm?.[1] ?? '')
      .replace(/^hash:.*\n?/m, '')
      .replace(/^\{\}\s*$/m, '')
      .trim();
    const rest = fm ? text.slice(fm[0].length) : `\n${text}`;
    fs.writeFileSync(full, `---\nhash: '${hash}'\n${fields ? `${fields}\n` : ''}---${rest}`);
  } else {
    // The hash goes in as text, so the rest of the file keeps its writer's layout.
    const doc = parseDocument(text);
    const want = new Map(states.map((s) => [s.entry, s.hash]));
    if (!isSeq(doc.contents)) throw new Error(`${file} is not a list`);
    const edits: { at: number; end: number; text: string }[] = [];
    for (const item of doc.contents.items) {
      if (!isMap(item)) continue;
      const hash = want.get(String(item.get('id')));
      const target = file.endsWith('.en.yaml') ? item : item.get('en', true);
      if (!hash || !isMap(target)) continue;
      // Quoted: an unquoted hash of digits and one "e" (76188e41) would read as a number.
      const value = `'${hash}'`;
      const old = target.items.find((p) => isScalar(p.key) && p.key.value === 'hash');
      if (old && isScalar(old.value)) edits.push({ at: old.value.range![0], end: old.value.range![1], text: value });
      else {
        const first = target.items[0]!.key as Scalar;
        const at = first.range![0];
        const column = at - text.lastIndexOf('\n', at - 1) - 1;
        edits.push({ at, end: at, text: `hash: ${value}\n${' '.repeat(column)}` });
      }
    }
    let out = text;
    for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    fs.writeFileSync(full, out);
  }
  console.log(`${file}: stamped ${states.length}`);
}
