// The components every explanation (and the site's own prose pages) may use without an import, by the names the
// build's rules know (PROSE_COMPONENTS in src/lib/explanations.ts), and what renders a Markdown link (`a`).
import type { PROSE_COMPONENTS } from '../../lib/explanations';
import Background from '../Background.astro';
import Cite from '../Cite.astro';
import Fact from '../Fact.astro';
import EntityLink from './EntityLink.astro';
import NotStatedNote from './NotStatedNote.astro';
import ProseQuote from './ProseQuote.astro';
import SiteLink from './SiteLink.astro';
import TargetPhrase from './TargetPhrase.astro';

const named = {
  Cite,
  Quote: ProseQuote,
  Target: TargetPhrase,
  Entity: EntityLink,
  Background,
  NotStated: NotStatedNote,
  Fact,
} satisfies Record<(typeof PROSE_COMPONENTS)[number], unknown>;

export const proseComponents = { ...named, a: SiteLink };
