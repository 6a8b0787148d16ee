// SVG of the current view: what sigma shows (reducers applied, hidden items left out), in
// viewport coordinates: edges with the arrowheads of directed relations and the edge labels
// sigma draws, nodes, and the node labels exactly where the label drawer put them on the canvas;
// optionally the legend. Text is escaped.
import type Sigma from "sigma";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/knowledge-graph";
import type { LabelBox } from "./label-drawing";
import { legendEntries, legendSvg } from "./picture-legend";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** sigma's arrowhead proportions (EdgeArrowProgram's defaults): length and width to thickness. */
const ARROW_LENGTH = 2.5;
const ARROW_WIDTH = 2;
const LABEL_SIZE = 13;
const EDGE_LABEL_SIZE = 11;
/** Width of a character of the 11-px edge label font, for the ellipsis (SVG cannot measure). */
const EDGE_CHAR_WIDTH = 6;

type Point = { x: number; y: number };

export interface SvgOptions {
  /** The node labels drawn in the last frame (render/label-drawing.ts). */
  labels: readonly LabelBox[];
  /** The node whose label is bold (the selection). */
  selected: string | null;
  legend: boolean;
}

/** An edge label along the edge, below it, never upside down, cut with "…" as sigma cuts it. */
function edgeLabel(label: string, from: Point, to: Point, thickness: number): string | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  let text = label;
  if (text.length * EDGE_CHAR_WIDTH > length) {
    const fits = Math.floor(length / EDGE_CHAR_WIDTH) - 1;
    if (fits < 3) return null;
    text = `${text.slice(0, fits)}…`;
  }
  let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (dx <= 0) angle += 180;
  const cx = (from.x + to.x) / 2;
  const cy = (from.y + to.y) / 2;
  return (
    `<text transform="translate(${round(cx)} ${round(cy)}) rotate(${round(angle)})" ` +
    `y="${round(thickness / 2 + EDGE_LABEL_SIZE)}">${escapeXml(text)}</text>`
  );
}

export function renderSvg(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: KnowledgeGraph,
  options: SvgOptions,
): string {
  const { width, height } = sigma.getDimensions();
  const ratio = sigma.getCamera().ratio;
  // The nodes sigma meant to label (its grid and the forced ones), as it decides edge labels by.
  const displayed = sigma.getNodeDisplayedLabels();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges" fill="none" stroke-linecap="round">`,
  ];
  const arrows: string[] = [];
  const edgeLabels: string[] = [];
  graph.forEachEdge((edge, _a, source, target) => {
    const e = sigma.getEdgeDisplayData(edge);
    const s = sigma.getNodeDisplayData(source);
    const t = sigma.getNodeDisplayData(target);
    if (!e || !s || !t || e.hidden || s.hidden || t.hidden) return;
    const p = sigma.framedGraphToViewport(s);
    const q = sigma.framedGraphToViewport(t);
    const thickness = Math.max(0.5, sigma.scaleSize(e.size, ratio));
    const curvature = (e as { curvature?: number }).curvature ?? 0;
    // Where the curve comes from into the target: the control point, or the source.
    let into: Point = p;
    let middle: [Point, Point] = [p, q];
    if (curvature !== 0) {
      const c = {
        x: (p.x + q.x) / 2 + (q.y - p.y) * curvature,
        y: (p.y + q.y) / 2 - (q.x - p.x) * curvature,
      };
      into = c;
      // The label sits along the curve's middle, parallel to the chord.
      const mid = { x: (p.x + 2 * c.x + q.x) / 4, y: (p.y + 2 * c.y + q.y) / 4 };
      middle = [
        { x: mid.x - (q.x - p.x) / 2, y: mid.y - (q.y - p.y) / 2 },
        { x: mid.x + (q.x - p.x) / 2, y: mid.y + (q.y - p.y) / 2 },
      ];
    }
    let end = q;
    if (e.type === "arrow" || e.type === "curvedArrow") {
      // The head's tip touches the target's disc, as sigma draws it; the line stops at its base.
      const r = Math.max(1, sigma.scaleSize(t.size, ratio));
      const d = Math.hypot(q.x - into.x, q.y - into.y) || 1;
      const ux = (q.x - into.x) / d;
      const uy = (q.y - into.y) / d;
      const tip = { x: q.x - ux * r, y: q.y - uy * r };
      const length = thickness * ARROW_LENGTH;
      const half = (thickness * ARROW_WIDTH) / 2;
      const base = { x: tip.x - ux * length, y: tip.y - uy * length };
      end = base;
      arrows.push(
        `<polygon points="${round(tip.x)},${round(tip.y)} ${round(base.x - uy * half)},${round(base.y + ux * half)} ${round(base.x + uy * half)},${round(base.y - ux * half)}" fill="${escapeXml(e.color)}" data-arrow="${escapeXml(edge)}"/>`,
      );
    }
    const d =
      curvature !== 0
        ? `M${round(p.x)} ${round(p.y)} Q${round(into.x)} ${round(into.y)} ${round(end.x)} ${round(end.y)}`
        : `M${round(p.x)} ${round(p.y)} L${round(end.x)} ${round(end.y)}`;
    out.push(
      `<path d="${d}" stroke="${escapeXml(e.color)}" stroke-width="${round(thickness)}" data-edge="${escapeXml(edge)}"/>`,
    );
    // sigma labels an edge whose label is forced or whose two ends are labelled.
    if (e.label && (e.forceLabel || (displayed.has(source) && displayed.has(target)))) {
      const text = edgeLabel(e.label, middle[0], middle[1], thickness);
      if (text) edgeLabels.push(text);
    }
  });
  out.push(`</g>`, `<g class="arrows">`, ...arrows, `</g>`);
  out.push(
    `<g class="edge-labels" font-family="Inter, system-ui, sans-serif" font-size="${EDGE_LABEL_SIZE}" fill="#52606d" text-anchor="middle">`,
    ...edgeLabels,
    `</g>`,
    `<g class="nodes" stroke="#ffffff" stroke-width="1">`,
  );
  graph.forEachNode((node) => {
    const n = sigma.getNodeDisplayData(node);
    if (!n || n.hidden) return;
    const p = sigma.framedGraphToViewport(n);
    const r = Math.max(1, sigma.scaleSize(n.size, ratio));
    out.push(
      `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(r)}" fill="${escapeXml(n.color)}" data-node="${escapeXml(node)}"/>`,
    );
  });
  out.push(
    `</g>`,
    `<g class="labels" font-family="Inter, system-ui, sans-serif" font-size="${LABEL_SIZE}" font-weight="500" fill="#1f2933">`,
  );
  for (const box of options.labels) {
    const label = sigma.getNodeDisplayData(box.node)?.label;
    if (!label) continue;
    const bold = box.node === options.selected ? ' font-weight="700"' : "";
    // The baseline the label drawer uses: the box's top, half the size, and a third of it.
    const baseline = box.y + LABEL_SIZE / 2 + 1 + LABEL_SIZE / 3;
    out.push(
      `<text x="${round(box.x)}" y="${round(baseline)}"${bold} data-label="${escapeXml(box.node)}">${escapeXml(label)}</text>`,
    );
  }
  out.push(`</g>`);
  if (options.legend) out.push(legendSvg(legendEntries(sigma, graph), height));
  out.push(`</svg>`);
  return out.join("\n");
}
