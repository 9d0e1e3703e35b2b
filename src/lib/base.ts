// The site's base path: `/`, or `/portal/` when built with BASE_PATH=/portal/ (astro.config.mjs sets Astro's `base`).
// Read once, here, so paths.ts can put it in front of every URL, on the server and in the browser alike: Vite writes
// BASE_URL into both. Outside Vite (a benchmark script run by plain Node) there is no import.meta.env, and the site is at /.
export const BASE: string = import.meta.env?.BASE_URL ?? '/';
