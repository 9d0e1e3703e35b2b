// A consistent synthetic content set at any size, for the scale benchmark (scripts/bench-scale.ts). It writes
// into a copy's content/ folder, never the repository's. Every synthetic entry is marked as such where the
// schemas leave free text: its id (synthetic-…), a unit's name (合成单位0001), a target's label (合成指标 00001)
// and a project's background (合成项目 00001：…). What the build ties to the plan's text stays the plan's: a
// project's name, kind and action must stand verbatim in the clause it cites, and a target's quote and figure
// in its clause, so each synthetic project or target repeats a real one's name, quote and citations (which
// resolve to real clause ids) under its own id. The synthetic set is therefore the real content many times
// over, clearly labelled, not invented plan content.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface SyntheticSize {
  projects: number;
  units: number;
  targets: number;
}

/** The proportions: a tenth as many units and a fifth as many targets as projects. */
export const sizeFor = (projects: number): SyntheticSize => ({
  projects,
  units: Math.round(projects / 10),
  targets: Math.round(projects / 5),
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Sets a frontmatter field (one line) in an MDX file's text, adding it when absent. */
function withField(mdx: string, field: string, value: string): string {
  const end = mdx.indexOf('\n---', 4);
  const front = mdx.slice(0, end);
  const line = `${field}: ${JSON.stringify(value)}`;
  const re = new RegExp(`^${field}:.*$`, 'm');
  return (re.test(front) ? front.replace(re, line) : `${front}\n${line}`) + mdx.slice(end);
}

/** Rewrites `contentDir` (a copy's content/) to hold the synthetic set of `size`; the real entries stay. */
export function writeSyntheticContent(contentDir: string, size: SyntheticSize): void {
  // Projects: one MDX file (and its English) per project, each a real project's text under a synthetic id.
  const projectsDir = path.join(contentDir, 'projects');
  const real = fs
    .readdirSync(projectsDir)
    .filter((f) => f.endsWith('.mdx') && !f.endsWith('.en.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
  const width = String(size.projects).length;
  for (let i = 1; i <= size.projects - real.length; i++) {
    const base = real[i % real.length]!;
    const id = `synthetic-${pad(i, width)}`;
    const zh = fs.readFileSync(path.join(projectsDir, `${base}.mdx`), 'utf8');
    fs.writeFileSync(
      path.join(projectsDir, `${id}.mdx`),
      withField(zh, 'background', `合成项目 ${pad(i, width)}：规模测试自动生成的数据，不是方案内容。`),
    );
    const enFile = path.join(projectsDir, `${base}.en.mdx`);
    if (fs.existsSync(enFile)) {
      const en = fs.readFileSync(enFile, 'utf8');
      fs.writeFileSync(
        path.join(projectsDir, `${id}.en.mdx`),
        withField(en, 'background', 'A synthetic project generated for the scale benchmark, not content of the plan.'),
      );
    }
  }

  // Units: synthetic ones after the real ones, each with its English name and pinyin in the terminology table.
  const unitsFile = path.join(contentDir, 'units.yaml');
  const units = YAML.parse(fs.readFileSync(unitsFile, 'utf8')) as Record<string, unknown>[];
  const termsFile = path.join(contentDir, 'terminology.yaml');
  const terms = YAML.parse(fs.readFileSync(termsFile, 'utf8')) as Record<string, unknown>[];
  const unitWidth = String(size.units).length;
  // Counted before the loop: the loop adds to `units`, and a bound that grew with it stopped at half the size asked.
  const realUnits = units.length;
  for (let i = 1; i <= size.units - realUnits; i++) {
    const n = pad(i, unitWidth);
    // coordination: a synthetic name says nothing of a kind, and only 分局 is read off a name.
    units.push({ id: `synthetic-unit-${n}`, name: `合成单位${n}`, kind: 'coordination' });
    terms.push({ id: `synthetic-unit-${n}`, zh: `合成单位${n}`, en: `Synthetic Unit ${n}`, pinyin: `Héchéng Dānwèi ${n}` });
  }
  fs.writeFileSync(unitsFile, YAML.stringify(units));
  fs.writeFileSync(termsFile, YAML.stringify(terms));

  // Targets: real targets' quotes and figures under synthetic ids and labels; roles stay with the real ones.
  const targetsFile = path.join(contentDir, 'targets.yaml');
  const targets = YAML.parse(fs.readFileSync(targetsFile, 'utf8')) as Record<string, unknown>[];
  const realTargets = [...targets];
  const targetWidth = String(size.targets).length;
  for (let i = 1; i <= size.targets - realTargets.length; i++) {
    const n = pad(i, targetWidth);
    const { role: _role, ...base } = realTargets[i % realTargets.length]!;
    const en = base.en as Record<string, unknown> | undefined;
    targets.push({
      ...base,
      id: `synthetic-target-${n}`,
      label: `合成指标 ${n}`,
      ...(en ? { en: { ...en, label: 'Synthetic target (scale benchmark)' } } : {}),
    });
  }
  fs.writeFileSync(targetsFile, YAML.stringify(targets));
}
