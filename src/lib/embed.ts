// Embedding a chart in another site: the <iframe> snippet a newsroom copies, and the message the embed page
// (/embed/<id>/) sends its host so the frame is as tall as its content. Pure, so the build, the page's script and
// the tests share one shape.

/** The `type` of every message an embed sends its host page. */
export const EMBED_MESSAGE = 'yuecheng-1616:embed-height';

/** What the embed page posts to its host (window.parent) whenever its height changes, and once on load. */
export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE;
  /** The chart's id, as in /embed/<id>/. */
  chart: string;
  /** The content's height in CSS pixels: set the iframe's height to it. */
  height: number;
}

export const isEmbedHeightMessage = (data: unknown): data is EmbedHeightMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as EmbedHeightMessage).type === EMBED_MESSAGE &&
  typeof (data as EmbedHeightMessage).height === 'number';

/**
 * The host page's side, as a script tag: sets the height of the iframe that sent the message. Written in the old
 * syntax every newsroom CMS accepts; one copy serves every embed on the page, and a second copy does no harm.
 */
export const HOST_SCRIPT =
  '<script>window.addEventListener("message",function(e){var d=e.data;' +
  `if(!d||d.type!=="${EMBED_MESSAGE}"||typeof d.height!=="number")return;` +
  'var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)' +
  'if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px";});</script>';

/** The frame's width the embed page's figure grows to (Tailwind max-w-2xl, 42rem), for the first height. */
const FIGURE_WIDTH = 672;
/** Title, caption, table and download lines, and the source and licence lines around the chart, roughly. */
const AROUND_CHART = 300;

/** The first height of the iframe: the chart drawn at the figure's width, and the lines around it. */
export function embedHeight(svg: string): number {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) return 480 + AROUND_CHART;
  const [w, h] = [Number(box[1]), Number(box[2])];
  return Math.round(h * Math.min(1, FIGURE_WIDTH / w)) + AROUND_CHART;
}

/** The snippet to paste: the iframe at its first height, then the host script that keeps it as tall as its content. */
export function embedSnippet(embed: { src: string; title: string; height: number }): string {
  const title = embed.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${embed.src}" title="${title}" width="100%" height="${embed.height}" ` +
    `style="border:0;width:100%;max-width:720px" loading="lazy"></iframe>\n${HOST_SCRIPT}`
  );
}
