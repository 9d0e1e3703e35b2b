// `node --import ./scripts/ts-resolve.ts <script>`: lets a script import the site's modules from src/, which import
// each other without the `.ts` extension (Vite resolves them in the build; Node does not).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) return nextResolve(specifier, context);
    try {
      return nextResolve(`${specifier}.ts`, context);
    } catch {
      return nextResolve(specifier, context);
    }
  },
});
