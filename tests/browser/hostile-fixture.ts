// The hostile content fixture (#15, security): one copy of the project in which text a content writer controls
// holds a script, an attribute break-out and a javascript: URL, in fields that reach every output — a target's
// label (its pages, the /targets/ explorer and its pack, search records, charts, data files), a glossary term
// (the instant suggestions and the glossary popovers), a project's background and explanation (its page, search),
// and a change (/changes/ and both Atom feeds). Another target's label begins with a spreadsheet formula, which no
// CSV may hand to a spreadsheet as one. The explanation carries the URL as text: as a Markdown link it stops the
// build (tests/site/bad-content.test.ts). Built once by tests/browser/hostile-content.test.ts.
import { buildCopyWithEdits, type CopyBuild } from '../site/build-copy';

export const SCRIPT = '<script>window.__pwned=1</script>';
export const BREAKOUT = '"><img src=x onerror="window.__pwned=1">';
export const JS_URL = 'javascript:window.__pwned=1';
/** The body's script: an explanation may not type a figure its clause does not state (src/lib/explanations.ts), so no 1. */
const BODY_JS = 'window.__pwned=true';
/** A word found nowhere else, to search for and to filter by. */
export const MARKER = 'zzhostile';
/** The hostile text, as content carries it. */
export const HOSTILE = `${MARKER} ${SCRIPT}${BREAKOUT} ${JS_URL}`;
/** A word found nowhere else, in a label that a spreadsheet would run as a formula if a CSV cell began with it. */
export const FORMULA_MARKER = 'zzformula';
export const FORMULA = `=HYPERLINK("https://evil.example/","${FORMULA_MARKER}")`;

/** `value` as a single-quoted YAML scalar. */
const yaml = (value: string) => `'${value.replaceAll("'", "''")}'`;

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found`);
  return text.replace(from, to);
}

/** The content edits of the fixture, file by file (paths under content/). */
export const HOSTILE_EDITS: Record<string, (text: string) => string> = {
  'targets.yaml': (s) =>
    [
      ['  label: 旅游总收入\n', `  label: ${yaml(`旅游总收入 ${HOSTILE}`)}\n  note: ${yaml(HOSTILE)}\n`],
      ['    label: "Total tourism revenue"\n', `    label: ${yaml(`Total tourism revenue ${HOSTILE}`)}\n`],
      // A label that begins a CSV cell with "=" (spreadsheet formula injection).
      ['  label: 服务业占比\n', `  label: ${yaml(`${FORMULA} 服务业占比`)}\n`],
      ['    label: "Services share"\n', `    label: ${yaml(`${FORMULA} Services share`)}\n`],
    ].reduce((text, [from, to]) => replaceOnce(text, from!, to!), s),
  'glossary.yaml': (s) =>
    replaceOnce(
      replaceOnce(s, '  term: 生产性服务业\n', `  term: ${yaml(`生产性服务业 ${HOSTILE}`)}\n`),
      '    term: "Producer services"\n',
      `    term: ${yaml(`Producer services ${HOSTILE}`)}\n`,
    ),
  'projects/sams-club.mdx': (s) =>
    replaceOnce(
      s.replace(/^background: (.*)$/m, (_, text: string) => `background: ${yaml(`${text} ${HOSTILE}`)}`),
      '\n<NotStated>\n',
      `\n${MARKER} \\<script>${BODY_JS}\\</script> javascript:${BODY_JS}<Cite ids={['s3-3-p3']} />\n\n<NotStated>\n`,
    ),
  'projects/sams-club.en.mdx': (s) => s.replace(/^background: (.*)$/m, (_, text: string) => `background: ${yaml(`${text} ${HOSTILE}`)}`),
  'changes.yaml': (s) =>
    `${s}- id: hostile-change
  date: '2026-11-28'
  kind: corrected
  title: ${yaml(HOSTILE)}
  summary: ${yaml(HOSTILE)}
  pages: [/targets/]
  sources: [notice-p1]
  en:
    hash: 'aaaaaaaa'
    title: ${yaml(HOSTILE)}
    summary: ${yaml(HOSTILE)}
`,
};

export const buildHostileCopy = (): CopyBuild => buildCopyWithEdits(HOSTILE_EDITS);
