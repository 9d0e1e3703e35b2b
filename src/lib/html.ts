// Escaping text for HTML and SVG built as strings (glossary popovers, charts): the one place it is done.
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
