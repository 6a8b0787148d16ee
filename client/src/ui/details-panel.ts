// The details panel: an entity's names, roles, articles and relations with their evidence, or a
// relation's evidence (with the other relations between the same pair). Reads the state, acts
// through the actions.
import type {
  ArticleSummary,
  EntityDetails,
  EvidenceItem,
  RelationSummary,
} from "../../../contract/api";
import { KIND_COLORS, RELATION_STYLES } from "../graph/graph-style";
import { compareRelations } from "../graph/relation-order";
import type { ExplorerActions } from "../state/actions";
import type { ExplorerState } from "../state/explorer-state";
import { button, el, fill } from "./dom";
import { evidenceText } from "./evidence-text";

export function mountDetailsPanel(
  root: HTMLElement,
  state: ExplorerState,
  actions: ExplorerActions,
): void {
  const render = (): void => {
    const d = state.details;
    switch (d.kind) {
      case "none":
        fill(
          root,
          el(
            "div",
            { class: "empty-hint" },
            el("h3", { text: "Nothing selected" }),
            el("p", {
              text: "Search an entity, click a node or an edge, or pick a meeting in the timeline. Double-click a node to expand it.",
            }),
          ),
        );
        return;
      case "loading":
        fill(root, el("div", { class: "loading-hint", text: `Loading ${d.title}…` }));
        return;
      case "error":
        fill(root, el("div", { class: "error-box", attrs: { role: "alert" }, text: d.message }));
        return;
      case "entity":
        fill(root, entityView(d.entity, state, actions));
        return;
      case "relation":
        fill(root, relationView(d.edge, d.evidence, state, actions));
        return;
    }
  };
  state.subscribe((changed) => {
    if (changed.has("details") || changed.has("graph") || changed.has("hidden")) render();
  });
  render();
}

function kindBadge(kind: keyof typeof KIND_COLORS): HTMLElement {
  const badge = el("span", { class: "kind-badge", text: kind });
  badge.style.setProperty("--kind", KIND_COLORS[kind]);
  return badge;
}

/** Outlet, date and byline of an article: who published it, when, who wrote it. */
function articleMeta(a: ArticleSummary): string {
  return [a.outlet, a.publishedOn, a.byline && `by ${a.byline}`].filter(Boolean).join(" · ");
}

function articleLine(a: ArticleSummary, terms: string[], actions: ExplorerActions): HTMLElement {
  const meta = articleMeta(a);
  return el(
    "div",
    { class: "article" },
    button(a.title || a.sourceFile, () => void actions.articles.open(a.id, a.title, null, terms), {
      class: "link article-title",
      attrs: { "data-article": a.id },
    }),
    meta ? el("div", { class: "article-meta", text: meta }) : null,
  );
}

function evidenceList(
  items: EvidenceItem[],
  terms: string[],
  actions: ExplorerActions,
): HTMLElement {
  if (items.length === 0) return el("p", { class: "muted", text: "No evidence sentence stored." });
  return el(
    "ul",
    { class: "evidence-list" },
    ...items.map((item) => {
      const meta = articleMeta(item.article);
      return el(
        "li",
        { class: "evidence" },
        evidenceText(item.sentence, terms),
        el(
          "div",
          { class: "evidence-source" },
          meta && `${meta} · `,
          button(
            item.article.title || item.article.sourceFile,
            () => void actions.articles.open(item.article.id, item.article.title, item.id, terms),
            {
              class: "link source-link",
              title: "Read the article, this sentence marked",
              attrs: { "data-evidence": item.id },
            },
          ),
        ),
      );
    }),
  );
}

function entityView(
  entity: EntityDetails,
  state: ExplorerState,
  actions: ExplorerActions,
): HTMLElement {
  const inGraph = state.graph.hasNode(entity.id);
  const more = inGraph ? (state.graph.getNodeAttribute(entity.id, "hiddenNeighbors") ?? 0) : 0;
  const ref = { id: entity.id, label: entity.name };
  const actionsRow = el(
    "div",
    { class: "button-row" },
    button(
      more > 0 ? `Expand (+${more} more)` : "Expand",
      () => void actions.view.expand(entity.id),
      {
        class: "primary",
        attrs: { "data-action": "expand" },
      },
    ),
    button("Hide", () => actions.view.hide(entity.id), { attrs: { "data-action": "hide" } }),
    button("Path from", () => {
      actions.paths.setEnd("from", ref);
      state.setTab("paths");
    }),
    button("Path to", () => {
      actions.paths.setEnd("to", ref);
      state.setTab("paths");
    }),
  );
  const names = [entity.name, ...entity.aliases];
  const other = (r: RelationSummary) => (r.source.id === entity.id ? r.target : r.source).name;
  const relations = [...entity.relations].sort((a, b) =>
    compareRelations({ ...a, other: other(a) }, { ...b, other: other(b) }),
  );
  return el(
    "article",
    { class: "details", attrs: { "data-entity": entity.id } },
    el(
      "header",
      { class: "details-head" },
      el("h2", { text: entity.name }),
      kindBadge(entity.kind),
    ),
    entity.aliases.length
      ? el(
          "p",
          { class: "aliases" },
          el("span", { class: "field", text: "Also " }),
          entity.aliases.join(", "),
        )
      : null,
    entity.titles.length
      ? el(
          "p",
          { class: "roles" },
          el("span", { class: "field", text: "Roles " }),
          entity.titles.join(", "),
        )
      : null,
    actionsRow,
    el("h3", { text: `Relations (${relations.length})` }),
    el(
      "div",
      { class: "relations" },
      ...relations.map((r) => relationItem(r, entity, names, state, actions)),
    ),
    el("h3", { text: `Articles (${entity.articles.length})` }),
    el("div", { class: "articles" }, ...entity.articles.map((a) => articleLine(a, names, actions))),
  );
}

function relationItem(
  r: RelationSummary,
  entity: EntityDetails,
  names: string[],
  state: ExplorerState,
  actions: ExplorerActions,
): HTMLElement {
  const other = r.source.id === entity.id ? r.target : r.source;
  const style = RELATION_STYLES[r.type];
  const head = el(
    "button",
    { class: "relation-head", attrs: { type: "button", "data-relation": r.id } },
    el("span", { class: "rel-swatch" }),
    el("span", { class: "rel-type", text: style.label }),
    el("span", { class: "rel-other", text: other.name }),
    r.date ? el("span", { class: "rel-date", text: r.date }) : null,
    r.topic ? el("span", { class: "rel-date", text: r.topic }) : null,
  );
  head.style.setProperty("--rel", style.color);
  head.addEventListener("click", () => {
    if (state.graph.hasEdge(r.id)) void actions.selection.selectEdge(r.id, { focus: true });
    else void actions.selection.reveal(other.id);
  });
  return el(
    "section",
    { class: "relation" },
    head,
    evidenceList(r.evidence, [...names, other.name], actions),
  );
}

function relationView(
  edge: string,
  evidence: EvidenceItem[],
  state: ExplorerState,
  actions: ExplorerActions,
): HTMLElement {
  const { graph } = state;
  if (!graph.hasEdge(edge))
    return el("p", { class: "muted", text: "This relation is no longer in view." });
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  const source = graph.getNodeAttributes(s);
  const target = graph.getNodeAttributes(t);
  const style = RELATION_STYLES[a.type];
  const terms = [source.label, ...source.aliases, target.label, ...target.aliases];
  const parallel = graph
    .edges(s, t)
    .concat(graph.edges(t, s))
    .filter((e, i, all) => all.indexOf(e) === i);
  const pick = (node: string): HTMLButtonElement =>
    button(
      graph.getNodeAttribute(node, "label"),
      () => void actions.selection.selectNode(node, { focus: true }),
      { class: "link" },
    );
  const title = el(
    "h2",
    { class: "relation-title" },
    pick(s),
    el("span", { class: "rel-type", text: ` ${style.label} ` }),
    pick(t),
  );
  title.style.setProperty("--rel", style.color);
  return el(
    "article",
    { class: "details", attrs: { "data-edge": edge } },
    title,
    el(
      "p",
      { class: "relation-meta" },
      [
        a.date && `on ${a.date}`,
        a.topic && `about ${a.topic}`,
        `confidence ${Math.round(a.confidence * 100)}%`,
        `${evidence.length} sentence${evidence.length === 1 ? "" : "s"}`,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    parallel.length > 1
      ? el(
          "div",
          { class: "parallel" },
          el("h3", { text: `${parallel.length} relations between them` }),
          ...parallel.map((e) => {
            const pa = graph.getEdgeAttributes(e);
            const b = button(
              [RELATION_STYLES[pa.type].label, pa.date, pa.topic].filter(Boolean).join(" · "),
              () => void actions.selection.selectEdge(e),
              {
                class: e === edge ? "chip active" : "chip",
              },
            );
            return b;
          }),
        )
      : null,
    el("h3", { text: "Evidence" }),
    evidenceList(evidence, terms, actions),
  );
}
