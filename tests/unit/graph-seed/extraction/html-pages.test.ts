import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract, parseArticle } from "../../../../graph-seed/extraction/index";
import { htmlToText, looksLikeHtml } from "../../../../graph-seed/extraction/html-text";
import { findArticleFiles } from "../../../../graph-seed/loading/article-files";

// A saved page as a site serves it: metadata, a script that prints markup, a menu, a sign-in
// notice above the story, the story with links and references, related links and a footer.
const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<title>Quota talks open in Norhaven | Coastal Press</title>
<meta property="article:published_time" content="2024-03-04T10:00:00+01:00">
<script>document.write("<p>Subscribe now</p>");</script>
<style>p { color: #333 }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="notice"><p>Sign in to save this story.</p></div>
<article>
<h1>Quota talks open in <em>Norhaven</em></h1>
<p>Fisheries Minister Ana Brenna met with Coastal Guild chairman
   Tor Lindqvist in Norhaven on Monday to discuss the quota dispute
   that has kept the fleet in harbour since March.</p>
<!-- <p>Draft paragraph that was never published.</p> -->
<p>The guild&rsquo;s members voted to stay ashore until the ministry changed the rules for
small boats &amp; the inshore zones, Lindqvist said.</p>
<p>Brenna said the talks were useful and that officials would meet again next week.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Ferry fares rise as fuel costs climb</a></li></ul></aside>
<footer><p>&copy; 2024 Coastal Press. All rights reserved.</p></footer>
</body></html>`;

describe("a saved web page (HTML)", () => {
  it("is told from text by its markup", () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml("Brenna said the <quota> talks were useful and the guild agreed.")).toBe(
      false,
    );
  });

  it("reads as the text a reader sees: headline, date, the story's paragraphs", () => {
    const parsed = parseArticle(PAGE);
    expect(parsed.title).toBe("Quota talks open in Norhaven");
    expect(parsed.publishedOn).toBe("2024-03-04");
    expect(parsed.body.split("\n\n")).toEqual([
      "Fisheries Minister Ana Brenna met with Coastal Guild chairman Tor Lindqvist in Norhaven on Monday to discuss the quota dispute that has kept the fleet in harbour since March.",
      "The guild’s members voted to stay ashore until the ministry changed the rules for small boats & the inshore zones, Lindqvist said.",
      "Brenna said the talks were useful and that officials would meet again next week.",
    ]);
  });

  it("gives the story's relations with the page's date", () => {
    const meetings = extract(parseArticle(PAGE)).relations.filter((r) => r.type === "MET_WITH");
    expect(meetings.map((r) => [r.from, r.to, r.date])).toEqual([
      ["Ana Brenna", "Tor Lindqvist", "2024-03-04"],
    ]);
  });

  it("keeps a '<' that opens no tag, and reads markup that never closes in one pass", () => {
    expect(htmlToText("<html><body><p>Shares fell 3% as a < b.</p></body></html>")).toBe(
      "Shares fell 3% as a < b.",
    );
    // Two megabytes of "<" with no ">" after them: the rest is text, read once.
    const hostile = `<html><body><p>Start</p>${"<".repeat(2_000_000)}`;
    expect(htmlToText(hostile).length).toBeGreaterThan(2_000_000);
  });

  it("is taken from a folder beside text files", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "newsgraph-html-"));
    try {
      await writeFile(path.join(folder, "quota.html"), PAGE);
      await writeFile(path.join(folder, "notes.htm"), PAGE);
      await writeFile(path.join(folder, "story.txt"), "Brenna met Lindqvist on Monday.");
      await writeFile(path.join(folder, "photo.png"), "not an article");
      const found = await findArticleFiles([folder]);
      expect(found.files.map((f) => path.basename(f)).sort()).toEqual([
        "notes.htm",
        "quota.html",
        "story.txt",
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
