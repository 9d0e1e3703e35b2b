// `node --import ./scripts/ts-resolve.ts <script>`: lets a script import the site's modules from src/, which import
// each other without the `.ts` extension or by folder (`../i18n` for its index.ts): Vite resolves both, Node neither.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) return nextResolve(specifier, context);
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // not this one
      }
    }
    return nextResolve(specifier, context);
  },
});
