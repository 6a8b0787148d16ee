// Node labels as sigma draws them, with three things sigma's own drawer does not do: a label
// never leaves the canvas (it flips to the left of its node near the right edge, and is clamped
// at the others), a label that would overlap one already drawn in this frame goes to the other
// side of its node or is left out (unless it names the selection or a path, or the user asked
// for all labels), and the selected node's label is bold. The boxes
// drawn are kept, so tests can check them and the export can reuse them.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph/knowledge-graph";

export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels between a node's disc and its label, as sigma's own drawer leaves. */
const GAP = 3;
/** Room kept free around each label, so neighbours do not touch. */
const PAD = 2;

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  /** Called before each frame: forgets the boxes of the last one. */
  startFrame(width: number, height: number): void;
  boxes(): LabelBox[];
}

export function createLabelDrawer(options: {
  /** When true, labels may overlap (the user asked for all of them). */
  allowOverlap: () => boolean;
  selected: () => string | null;
}): LabelDrawer {
  let drawn: LabelBox[] = [];
  let width = 0;
  let height = 0;
  const overlaps = (box: LabelBox): boolean =>
    drawn.some(
      (b) =>
        box.x < b.x + b.width + PAD &&
        b.x < box.x + box.width + PAD &&
        box.y < b.y + b.height + PAD &&
        b.y < box.y + box.height + PAD,
    );
  return {
    startFrame(w, h) {
      drawn = [];
      width = w;
      height = h;
    },
    boxes: () => drawn.map((b) => ({ ...b })),
    draw(context, data, settings) {
      if (!data.label) return;
      // A node off the canvas gets no label: clamped in, it would name the wrong place.
      if (data.x < 0 || data.x > width || data.y < 0 || data.y > height) return;
      const node = (data as { key?: string }).key ?? "";
      const size = settings.labelSize;
      const weight = node === options.selected() ? "700" : settings.labelWeight;
      context.font = `${weight} ${size}px ${settings.labelFont}`;
      const textWidth = context.measureText(data.label).width;
      // Right of the node, as sigma does, else on its left; each kept on the canvas.
      const top = Math.max(0, Math.min(data.y - size / 2 - 1, height - size - 2));
      const at = (x: number): LabelBox => ({
        node,
        x: Math.max(0, Math.min(x, width - textWidth)),
        y: top,
        width: textWidth,
        height: size + 2,
      });
      const right = at(data.x + data.size + GAP);
      const left = at(data.x - data.size - GAP - textWidth);
      // Pushed back over its own node by the canvas edge, the right side is no place at all.
      const places = right.x < data.x + data.size + GAP ? [left] : [right, left];
      // A label with no free place is left out, unless the user asked for every label or it
      // names what the view is about (the selection, a path's nodes): a selected hub's
      // neighbours are forced too, and drawn over each other they read as nothing.
      const priority = (data.zIndex ?? 0) >= 3;
      const box =
        places.find((b) => !overlaps(b)) ??
        (options.allowOverlap() || priority ? places[0] : undefined);
      if (!box) return;
      const { x } = box;
      drawn.push(box);
      context.fillStyle = settings.labelColor.color ?? "#000";
      context.fillText(data.label, x, top + size / 2 + 1 + size / 3);
    },
  };
}
