// SVG of the current view: what sigma shows (reducers applied, hidden items left out), in
// viewport coordinates, with the labels sigma currently displays. Text is escaped.
import type Sigma from "sigma";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/knowledge-graph";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function renderSvg(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: KnowledgeGraph,
): string {
  const { width, height } = sigma.getDimensions();
  const ratio = sigma.getCamera().ratio;
  const labels = sigma.getNodeDisplayedLabels();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges" fill="none" stroke-linecap="round">`,
  ];
  graph.forEachEdge((edge, _a, source, target) => {
    const e = sigma.getEdgeDisplayData(edge);
    const s = sigma.getNodeDisplayData(source);
    const t = sigma.getNodeDisplayData(target);
    if (!e || !s || !t || e.hidden || s.hidden || t.hidden) return;
    const p = sigma.framedGraphToViewport(s);
    const q = sigma.framedGraphToViewport(t);
    const thickness = Math.max(0.5, sigma.scaleSize(e.size, ratio));
    const curvature = (e as { curvature?: number }).curvature ?? 0;
    let d = `M${round(p.x)} ${round(p.y)} L${round(q.x)} ${round(q.y)}`;
    if (curvature !== 0) {
      const mx = (p.x + q.x) / 2;
      const my = (p.y + q.y) / 2;
      const cx = mx + (q.y - p.y) * curvature;
      const cy = my - (q.x - p.x) * curvature;
      d = `M${round(p.x)} ${round(p.y)} Q${round(cx)} ${round(cy)} ${round(q.x)} ${round(q.y)}`;
    }
    out.push(
      `<path d="${d}" stroke="${escapeXml(e.color)}" stroke-width="${round(thickness)}" data-edge="${escapeXml(edge)}"/>`,
    );
  });
  out.push(`</g>`, `<g class="nodes" stroke="#ffffff" stroke-width="1">`);
  const labelParts: string[] = [];
  graph.forEachNode((node) => {
    const n = sigma.getNodeDisplayData(node);
    if (!n || n.hidden) return;
    const p = sigma.framedGraphToViewport(n);
    const r = Math.max(1, sigma.scaleSize(n.size, ratio));
    out.push(
      `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(r)}" fill="${escapeXml(n.color)}" data-node="${escapeXml(node)}"/>`,
    );
    if (n.label && (labels.has(node) || n.forceLabel)) {
      labelParts.push(
        `<text x="${round(p.x + r + 3)}" y="${round(p.y + 4)}">${escapeXml(n.label)}</text>`,
      );
    }
  });
  out.push(
    `</g>`,
    `<g class="labels" font-family="Inter, system-ui, sans-serif" font-size="13" font-weight="500" fill="#1f2933">`,
  );
  out.push(...labelParts, `</g>`, `</svg>`);
  return out.join("\n");
}
