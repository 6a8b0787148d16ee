// The explorer's visual vocabulary: colours of entity kinds and relation types, edge styles and
// node sizes. One table, used by the renderer, the legend and the SVG export alike.
import type { EntityKind, RelationType } from "../../../contract/model";

export const KIND_COLORS: Record<EntityKind, string> = {
  Person: "#e8833a",
  Organization: "#3f7fbf",
  Country: "#3aa17e",
  Place: "#9a6fc4",
  Group: "#8c6d46",
};

export interface RelationStyle {
  color: string;
  /** Human wording for the legend and the details panel. */
  label: string;
  /** Directed relations get an arrow; symmetric ones a plain line. */
  arrow: boolean;
}

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  MET_WITH: { color: "#d9534f", label: "met with", arrow: false },
  HEADS: { color: "#2c6fad", label: "heads", arrow: true },
  MEMBER_OF: { color: "#7b8ea3", label: "member of", arrow: true },
  DISAGREES_ON: { color: "#c9a227", label: "disagrees with", arrow: false },
  REPRESENTS: { color: "#2f9c77", label: "represents", arrow: true },
  PART_OF: { color: "#a58bc9", label: "part of", arrow: true },
};

export const DIMMED_COLOR = "#e3e6ea";
/** Meetings without a date while a date window is set: pale, since the window cannot place them. */
export const UNDATED_COLOR = "#c4b5b4";
export const HIGHLIGHT_COLOR = "#111827";

/** Node size grows with the square root of the degree, within readable bounds. */
export function nodeSize(degree: number): number {
  return Math.min(22, 4 + 2.6 * Math.sqrt(Math.max(0, degree)));
}

/** Edge thickness grows gently with the number of sentences that support it. */
export function edgeSize(evidenceCount: number): number {
  return Math.min(6, 1.8 + 0.8 * Math.log2(1 + Math.max(0, evidenceCount)));
}
