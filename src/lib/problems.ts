// One shape for every content problem, wherever it is found (reading, schema, cross-collection checks, explanation
// rules), and one way to print it: file (with the line, for MDX), entry, field, and what to do.
export interface Problem {
  /** The file as the editor sees it, e.g. content/targets.yaml. */
  file: string;
  /** Line in the file, where known (MDX frontmatter fields and bodies). */
  line?: number | undefined;
  /** Entry id, or the paragraph id for a problem about the plan's own lists. */
  entry: string;
  /** Field path (commitments.0.text), or `body` for an explanation. */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} → ${p.entry} → ${p.field}: ${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
