// The article view: a source read in full. The evidence sentence the reader came for is marked
// in its paragraph and scrolled to; the article's other evidence sentences are marked more
// lightly; outlet, date, byline and address head it. A modal dialog (Esc or Close shuts it).
import type { ArticleText } from "../../../contract/api";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
import { articlePassages } from "./article-passages";
import { button, el, fill } from "./dom";
import { evidenceText } from "./evidence-text";

/** Only web addresses become links (a stored URL is page text, not trusted). */
const WEB_URL = /^https?:\/\/[^\s]+$/i;

function sourceLine(article: ArticleText): HTMLElement {
  const parts: (HTMLElement | string)[] = [];
  const add = (label: string, value: string | HTMLElement) =>
    parts.push(
      el("span", { class: "article-field" }, el("span", { class: "field", text: label }), value),
    );
  if (article.outlet) add("Outlet ", article.outlet);
  if (article.publishedOn) add("Published ", article.publishedOn);
  if (article.byline) add("By ", article.byline);
  if (article.url && WEB_URL.test(article.url))
    add(
      "URL ",
      el("a", {
        text: article.url,
        attrs: { href: article.url, target: "_blank", rel: "noopener noreferrer" },
      }),
    );
  add("File ", article.sourceFile);
  return el("p", { class: "article-source" }, ...parts);
}

function articleBody(article: ArticleText, focus: string | null, terms: readonly string[]) {
  const paragraphs = articlePassages(article.body, article.evidence, focus).map((runs) =>
    el(
      "p",
      {},
      ...runs.map((run) =>
        run.evidence.length === 0
          ? run.text
          : el(
              "mark",
              {
                class: run.focus ? "evidence-mark focus" : "evidence-mark",
                attrs: { "data-evidence": run.evidence.join(" ") },
              },
              run.focus ? evidenceText(run.text, [...terms]) : run.text,
            ),
      ),
    ),
  );
  return el("div", { class: "article-body" }, ...paragraphs);
}

export function mountArticleView(
  host: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
): HTMLDialogElement {
  const dialog = el("dialog", {
    class: "article-view",
    attrs: { "aria-labelledby": "article-view-title" },
  });
  // Keys pressed in the dialog are the dialog's: the page's shortcuts (E, H, Esc, which would
  // act on the graph behind it) never hear them, and Esc is left to close the dialog.
  dialog.addEventListener("keydown", (event) => event.stopPropagation());
  // Esc or Close shuts the dialog itself; the state follows.
  dialog.addEventListener("close", () => {
    if (state.article.kind !== "none") actions.articles.close();
  });
  host.append(dialog);

  const render = (): void => {
    const a = state.article;
    if (a.kind === "none") {
      if (dialog.open) dialog.close();
      return;
    }
    const title = a.kind === "shown" ? a.article.title : a.title;
    const close = button("Close", () => actions.articles.close(), { class: "primary" });
    const head = el(
      "header",
      { class: "article-head" },
      el("h2", { text: title || "Untitled article", attrs: { id: "article-view-title" } }),
      close,
    );
    if (a.kind === "loading")
      fill(dialog, head, el("p", { class: "loading-hint", text: "Loading the article…" }));
    else if (a.kind === "error")
      fill(
        dialog,
        head,
        el("p", { class: "error-box", attrs: { role: "alert" }, text: a.message }),
      );
    else {
      const count = a.article.evidence.length;
      fill(
        dialog,
        head,
        sourceLine(a.article),
        el("p", {
          class: "muted",
          text: `${count} evidence sentence${count === 1 ? "" : "s"} in this article, marked.`,
        }),
        articleBody(a.article, a.focus, a.terms),
      );
    }
    if (!dialog.open) dialog.showModal();
    // Redrawing replaced the element that had focus: give it back to the dialog, so keys (Esc)
    // still reach it rather than the page behind.
    if (!dialog.contains(document.activeElement)) close.focus({ preventScroll: true });
    dialog.querySelector(".evidence-mark.focus")?.scrollIntoView({ block: "center" });
  };
  state.subscribe((changed) => {
    if (changed.has("article")) render();
  });
  return dialog;
}
