// The language switch's behaviour (src/components/header/LanguageSwitch.astro); part of the page script (./page.ts).
// Follow the open section: the fragment is the reader's, so it is added at the moment of the click.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}
