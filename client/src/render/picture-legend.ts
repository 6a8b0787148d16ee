// The legend drawn into the view's pictures (PNG and SVG), when asked for: the entity kinds and
// relation types the picture shows, in the colours it shows them, in a box at its bottom-left
// corner. One layout (sizes in CSS pixels), written as SVG elements or painted on a 2D canvas.
import type Sigma from "sigma";
import { ENTITY_KINDS, RELATION_TYPES } from "../../../contract/model";
import { KIND_COLORS, RELATION_STYLES } from "../graph/graph-style";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/knowledge-graph";

export interface LegendEntry {
  label: string;
  color: string;
  /** How the entry is drawn: a disc (kind), an arrow (directed relation) or a line. */
  mark: "disc" | "arrow" | "line";
}

const FONT = "Inter, system-ui, sans-serif";
const LINE = 18;
const PAD = 10;
const MARK = 22;
const TEXT_SIZE = 12;
const TITLE_COLOR = "#52606d";

/** The kinds and relation types of the nodes and edges sigma draws now, in the model's order. */
export function legendEntries(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: KnowledgeGraph,
): { kinds: LegendEntry[]; relations: LegendEntry[] } {
  const kinds = new Set<string>();
  const relations = new Set<string>();
  const drawn = (data: { hidden?: boolean } | undefined) => data !== undefined && !data.hidden;
  graph.forEachNode((node, a) => {
    if (drawn(sigma.getNodeDisplayData(node))) kinds.add(a.kind);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (
      drawn(sigma.getEdgeDisplayData(edge)) &&
      drawn(sigma.getNodeDisplayData(source)) &&
      drawn(sigma.getNodeDisplayData(target))
    )
      relations.add(a.type);
  });
  return {
    kinds: ENTITY_KINDS.filter((k) => kinds.has(k)).map((k) => ({
      label: k,
      color: KIND_COLORS[k],
      mark: "disc" as const,
    })),
    relations: RELATION_TYPES.filter((t) => relations.has(t)).map((t) => ({
      label: RELATION_STYLES[t].label,
      color: RELATION_STYLES[t].color,
      mark: RELATION_STYLES[t].arrow ? ("arrow" as const) : ("line" as const),
    })),
  };
}

interface Placed {
  entry: LegendEntry | null;
  text: string;
  y: number;
}

/** Lines of the legend (section titles and entries) and the box around them. */
function layout(
  entries: { kinds: LegendEntry[]; relations: LegendEntry[] },
  height: number,
  measure: (text: string) => number,
): { box: { x: number; y: number; width: number; height: number }; lines: Placed[] } {
  const lines: Placed[] = [];
  const section = (title: string, items: LegendEntry[]) => {
    if (items.length === 0) return;
    lines.push({ entry: null, text: title, y: 0 });
    for (const entry of items) lines.push({ entry, text: entry.label, y: 0 });
  };
  section("Entities", entries.kinds);
  section("Relations", entries.relations);
  const widest = Math.max(0, ...lines.map((l) => measure(l.text) + (l.entry ? MARK + 6 : 0)));
  const boxHeight = lines.length * LINE + 2 * PAD;
  const box = { x: PAD, y: height - boxHeight - PAD, width: widest + 2 * PAD, height: boxHeight };
  lines.forEach((line, i) => (line.y = box.y + PAD + i * LINE + LINE / 2));
  return { box, lines };
}

/** A rough text width for SVG, where nothing can be measured (12-px sans-serif). */
const estimate = (text: string): number => text.length * 6.6;

const esc = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The legend as an SVG group, for a picture `height` pixels high; empty when nothing is shown. */
export function legendSvg(
  entries: { kinds: LegendEntry[]; relations: LegendEntry[] },
  height: number,
): string {
  const { box, lines } = layout(entries, height, estimate);
  if (lines.length === 0) return "";
  const out = [
    `<g class="legend" font-family="${FONT}" font-size="${TEXT_SIZE}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="#d5dbe1"/>`,
  ];
  const left = box.x + PAD;
  for (const { entry, text, y } of lines) {
    if (!entry) {
      out.push(
        `<text x="${left}" y="${y + 4}" font-weight="600" fill="${TITLE_COLOR}">${esc(text)}</text>`,
      );
      continue;
    }
    if (entry.mark === "disc")
      out.push(`<circle cx="${left + MARK / 2}" cy="${y}" r="5" fill="${entry.color}"/>`);
    else {
      out.push(
        `<line x1="${left}" y1="${y}" x2="${left + MARK - (entry.mark === "arrow" ? 6 : 0)}" y2="${y}" stroke="${entry.color}" stroke-width="2"/>`,
      );
      if (entry.mark === "arrow")
        out.push(
          `<polygon points="${left + MARK},${y} ${left + MARK - 7},${y - 4} ${left + MARK - 7},${y + 4}" fill="${entry.color}"/>`,
        );
    }
    out.push(`<text x="${left + MARK + 6}" y="${y + 4}" fill="#1f2933">${esc(entry.label)}</text>`);
  }
  out.push("</g>");
  return out.join("\n");
}

/** Paints the legend on a canvas whose pixels are `scale` times the view's CSS pixels. */
export function paintLegend(
  ctx: CanvasRenderingContext2D,
  entries: { kinds: LegendEntry[]; relations: LegendEntry[] },
  height: number,
  scale: number,
): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.font = `${TEXT_SIZE}px ${FONT}`;
  const { box, lines } = layout(entries, height, (text) => ctx.measureText(text).width);
  if (lines.length === 0) {
    ctx.restore();
    return;
  }
  ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
  ctx.strokeStyle = "#d5dbe1";
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, 6);
  ctx.fill();
  ctx.stroke();
  ctx.textBaseline = "middle";
  const left = box.x + PAD;
  for (const { entry, text, y } of lines) {
    if (!entry) {
      ctx.font = `600 ${TEXT_SIZE}px ${FONT}`;
      ctx.fillStyle = TITLE_COLOR;
      ctx.fillText(text, left, y);
      ctx.font = `${TEXT_SIZE}px ${FONT}`;
      continue;
    }
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.mark === "disc") {
      ctx.beginPath();
      ctx.arc(left + MARK / 2, y, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(left + MARK - (entry.mark === "arrow" ? 6 : 0), y);
      ctx.stroke();
      if (entry.mark === "arrow") {
        ctx.beginPath();
        ctx.moveTo(left + MARK, y);
        ctx.lineTo(left + MARK - 7, y - 4);
        ctx.lineTo(left + MARK - 7, y + 4);
        ctx.fill();
      }
    }
    ctx.fillStyle = "#1f2933";
    ctx.fillText(entry.label, left + MARK + 6, y);
  }
  ctx.restore();
}
