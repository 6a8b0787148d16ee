// Framing some nodes (a found path): the camera state that puts every one of them inside the
// canvas, with room for its label, as tight as that allows; then an animation there.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

/** Pixels kept free between a framed node and the canvas's edge (its label is drawn beside it). */
const MARGIN = 56;
/** Never zoom in further than this (a one-hop path would otherwise fill the screen). */
const MIN_RATIO = 0.08;

/** Animates the camera so every node of `nodes` that is drawn lies inside the canvas. */
export async function frameNodes(sigma: Sigma, nodes: readonly string[]): Promise<void> {
  // Nodes just merged have no display data until sigma has drawn them: draw now.
  sigma.refresh();
  const points = [...new Set(nodes)]
    .map((n) => sigma.getNodeDisplayData(n))
    .filter((d) => d !== undefined && !d.hidden);
  if (points.length === 0) return;
  const camera = sigma.getCamera();
  const xs = points.map((p) => p!.x);
  const ys = points.map((p) => p!.y);
  const center = {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
  const { width, height } = sigma.getDimensions();
  const fits = (state: CameraState): boolean =>
    points.every((p) => {
      const v = sigma.framedGraphToViewport(p!, { cameraState: state });
      return v.x >= MARGIN && v.x <= width - MARGIN && v.y >= MARGIN && v.y <= height - MARGIN;
    });
  // From close in, zoom out step by step until everything fits (a few dozen steps at most).
  let state: CameraState = { ...camera.getState(), ...center, ratio: MIN_RATIO };
  for (let i = 0; i < 60 && !fits(state); i++) state = { ...state, ratio: state.ratio * 1.15 };
  await camera.animate(state, { duration: 450 });
}
