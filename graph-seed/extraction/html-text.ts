// A saved web page (HTML) as the lines of text a reader sees, so that the page parser reads it
// like a page copied as text: one line per block (paragraph, heading, list item, table row),
// no scripts, styles or markup, character references decoded, and the publication date the
// page declares in its metadata as a "Published:" line. One pass over the text, no pattern that
// can backtrack: a hostile page costs time in proportion to its length.

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set([
  ...["script", "style", "noscript", "svg", "template", "iframe", "object", "select", "button"],
  // Navigation, side panels and forms (search, comments, newsletters) are page furniture.
  ...["nav", "aside", "form"],
]);
/** Elements that start a new line of text. */
const BLOCKS = new Set(
  (
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 " +
    "h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul"
  ).split(" "),
);
/** Metadata that names the date a page was published. */
const PUBLISHED_META = new Set([
  "article:published_time",
  "datepublished",
  "publishdate",
  "pubdate",
  "date",
  "dc.date",
  "dc.date.issued",
  "sailthru.date",
]);
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  middot: "·",
  bull: "•",
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Whether a text is an HTML page rather than text: it opens with markup and closes elements. */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  return (
    start.startsWith("<") &&
    /<\/(?:html|body|p|div|article|span|a|h1)\s*>/i.test(text.slice(0, 200_000))
  );
}

/** White space as HTML renders it: any run is one space (line breaks come from the blocks). */
const spaced = (text: string) => text.replace(/\s+/g, " ");

/** Character references decoded; unknown names stay as written. */
function decode(text: string): string {
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** The value of one attribute of a tag's text ("meta property=x content=y"), or null. */
function attribute(tag: string, name: string): string | null {
  const at = tag.toLowerCase().indexOf(`${name}=`);
  if (at < 0) return null;
  const rest = tag.slice(at + name.length + 1);
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : null;
  const end = quote ? rest.indexOf(quote, 1) : rest.search(/[\s>]|$/);
  return decode(quote ? rest.slice(1, end < 0 ? undefined : end) : rest.slice(0, end));
}

/** What one pass over (part of) a page reads: its lines of text and its metadata. */
interface Scan {
  lines: string[];
  published: string | null;
  title: string | null;
  headline: string | null;
}

/** The text of an HTML page, one line per block, with its declared publication date first. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const page = scan(html, lower, 0, html.length);
  // A page that marks its story as an <article> (several: the one with the most text; others
  // are teasers) is read for that element alone: the notices and panels around it are not the
  // story. Headline and date come from the whole page.
  const story = largestArticle(lower);
  const inner = story === null ? null : scan(html, lower, story.from, story.to);
  const lines =
    inner !== null && inner.lines.join(" ").split(" ").length >= 60 ? inner.lines : page.lines;
  const head: string[] = [];
  const heading = page.headline ?? inner?.headline ?? page.title;
  if (heading) head.push(heading);
  const published = page.published ?? inner?.published ?? null;
  if (published !== null) head.push(`Published: ${published}`);
  return [...head, ...lines].join("\n\n");
}

/** The span of the <article> element with the most characters, or null when there is none. */
function largestArticle(lower: string): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  for (let at = lower.indexOf("<article"); at >= 0; at = lower.indexOf("<article", at + 8)) {
    const open = lower.indexOf(">", at);
    const close = lower.indexOf("</article", open);
    if (open < 0 || close < 0) break;
    if (best === null || close - open > best.to - best.from) best = { from: open + 1, to: close };
    at = close;
  }
  return best;
}

/** One pass over html[from, to): text a line per block, the title, first h1 and date. */
function scan(html: string, lower: string, from: number, to: number): Scan {
  const out: string[] = [];
  let published: string | null = null;
  let title: string | null = null;
  let headline: string | null = null;
  let i = from;
  while (i < to) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt >= to) {
      out.push(spaced(html.slice(i, to)));
      break;
    }
    out.push(spaced(html.slice(i, lt)));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? to : end + 3;
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      // <!DOCTYPE html>, <![CDATA[ ... ]]>, <?xml ... ?>: declarations, no text.
      const end = html.indexOf(">", lt);
      i = end < 0 ? to : end + 1;
      continue;
    }
    const gt = html.indexOf(">", lt);
    if (gt < 0) {
      // No ">" anywhere after it: the rest is text (and no later "<" is looked at again).
      out.push(spaced(html.slice(lt, to)));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const name = /^\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (name === undefined) {
      // A "<" that opens no tag ("a < b") is text.
      out.push("<");
      i = lt + 1;
      continue;
    }
    i = gt + 1;
    if (tag.startsWith("/")) {
      if (BLOCKS.has(name)) out.push("\n");
      continue;
    }
    if (HIDDEN.has(name) || name === "title" || (name === "h1" && headline === null)) {
      // Skipped to its end tag; the page's title and its first main heading are kept apart to
      // open the text, where the page parser looks for the headline.
      const close = lower.indexOf(`</${name}`, i);
      const end = close < 0 || close > to ? to : close;
      if (name === "title") title = decode(spaced(html.slice(i, end))).trim();
      // The heading's links and emphasis read like any other markup.
      if (name === "h1") headline = scan(html, lower, i, end).lines.join(" ");
      i = end === to ? to : html.indexOf(">", end) + 1 || to;
      continue;
    }
    if (name === "meta" && published === null) {
      const key = (
        attribute(tag, "property") ??
        attribute(tag, "name") ??
        attribute(tag, "itemprop")
      )?.toLowerCase();
      const content = attribute(tag, "content");
      if (key && PUBLISHED_META.has(key) && content && ISO_DATE.test(content))
        published = content.slice(0, 10);
    }
    if (BLOCKS.has(name)) out.push("\n");
  }
  const lines = decode(out.join(""))
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { lines, published, title, headline };
}
