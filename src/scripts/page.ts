// The page script, one inline module on every page (src/layouts/Base.astro): the behaviour of the custom elements
// and links a page may hold. One script, not one per component: each inline script adds its hash to the page's
// policy <meta> (about 55 bytes that do not compress). An element a page does not hold costs its few hundred bytes
// of code and nothing else. Chart tooltips keep their own script (ChartFigure.astro): the embed page needs them too,
// and a module imported by two scripts becomes a file every page would fetch.
import './language-switch';
import './reading-mode-toggle';
import './site-search-stub';
import './cite-this';
