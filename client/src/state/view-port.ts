// What the renderer offers the rest of the app (the state and the widgets), so that nothing
// imports the renderer itself: the view port and the camera it can be asked for or set to.

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** What the renderer offers the rest of the app, without anyone importing it. */
export interface ViewPort {
  focusNode(id: string): void;
  focusEdge(id: string): void;
  /** Frames every shown node (labels stay on the canvas); resolves when the camera is still. */
  fit(): Promise<void>;
  /** Frames these nodes (a found path): all drawn inside the canvas; resolves when still. */
  frame(nodes: readonly string[]): Promise<void>;
  /** The node labels of the last frame, in pixels from the canvas's top-left corner. */
  labelBoxes(): { node: string; x: number; y: number; width: number; height: number }[];
  /** The canvas's size in pixels. */
  size(): { width: number; height: number };
  /** Where a node is drawn, in pixels from the canvas's top-left corner (null when not drawn). */
  nodeOnScreen(id: string): { x: number; y: number } | null;
  getCamera(): CameraState;
  setCamera(camera: CameraState): void;
  /** The view as PNG at `scale` times its pixels, with the legend of what it shows if asked. */
  toPng(scale: number, legend: boolean): Promise<Blob>;
  /** The view as SVG (arrowheads, edge and node labels as drawn), with the legend if asked. */
  toSvg(legend: boolean): string;
  /** Re-renders now (after data changes that do not go through the state). */
  refresh(): void;
}
