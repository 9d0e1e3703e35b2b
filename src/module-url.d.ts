// src/integrations/module-url.ts: the address of a module's own chunk, for a stub to import on first use.
declare module '*?module-url' {
  const url: string;
  export default url;
}
