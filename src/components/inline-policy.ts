// What a page writes inline (a script, a style element) is allowed by its Content-Security-Policy by hash. A component
// that writes one registers it here while the page renders; the middleware adds the collected sources to the
// page's policy when the page is done (addToPagePolicy, src/lib/csp.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { cspHash, type PolicySources } from '../lib/csp';

interface Collected {
  script: Set<string>;
  style: Set<string>;
}
const store = new AsyncLocalStorage<Collected>();

/** Runs a page render, collecting the sources its components register. */
export function collectingPolicySources<T>(render: (sources: PolicySources) => Promise<T>): Promise<T> {
  const collected: Collected = { script: new Set(), style: new Set() };
  return store.run(collected, () => render(collected));
}

function collected(): Collected {
  const c = store.getStore();
  if (!c) throw new Error('an inline script or style was registered outside a page render (src/middleware.ts)');
  return c;
}

/** Allows this inline <script>'s code on the page being rendered. */
export const allowInlineScript = (code: string) => void collected().script.add(`'${cspHash(code)}'`);
/** Allows this inline <style>'s text on the page being rendered. */
export const allowInlineStyle = (css: string) => void collected().style.add(`'${cspHash(css)}'`);
/** Allows a script source (a keyword such as 'wasm-unsafe-eval') on the page being rendered. */
export const allowScriptSource = (source: string) => void collected().script.add(source);
