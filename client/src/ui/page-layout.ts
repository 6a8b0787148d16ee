// The page's frame: side panels that collapse to a rail and resize by drag or arrow keys, and the
// Cypher console in the right column or as a bottom drawer under the graph, whose height resizes
// the same way. The choice is kept in localStorage (it is the user's, not the view's: a shared
// link does not carry it). The graph is fitted again when the drawer opens or closes.
import type { ExplorerState } from "../state/explorer-state";
import { button, el } from "./dom";

const STORAGE_KEY = "newsgraph.page-layout";
/** Width of a collapsed panel: room for its expand button. */
const RAIL = 36;
const STEP = 16;

interface PageLayout {
  /** Widths the user set (px); null: the default for the window's width. */
  left: number | null;
  right: number | null;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
  /** The Cypher console as a bottom drawer as wide as the graph and the right column. */
  drawer: boolean;
  /** The drawer's height the user set (px); null: 42% of the window's height. */
  drawerHeight: number | null;
}

type Side = "left" | "right";

function loadLayout(): PageLayout {
  const fallback: PageLayout = {
    left: null,
    right: null,
    leftCollapsed: false,
    rightCollapsed: false,
    drawer: false,
    drawerHeight: null,
  };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as Partial<PageLayout>;
    const width = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
    return {
      left: width(saved.left),
      right: width(saved.right),
      leftCollapsed: saved.leftCollapsed === true,
      rightCollapsed: saved.rightCollapsed === true,
      drawer: saved.drawer === true,
      drawerHeight: width(saved.drawerHeight),
    };
  } catch {
    return fallback;
  }
}

/**
 * Default widths by window width: narrower panels below 1200 px (the graph keeps half of a
 * 1024-px window), wider ones from 1600 px (the label choice on one line, more table columns).
 */
function defaultWidth(side: Side): number {
  const w = window.innerWidth;
  if (side === "left") return w < 1200 ? 200 : w >= 1600 ? 256 : 232;
  return w < 1200 ? 300 : w >= 1600 ? 420 : 352;
}

function bounds(side: Side): [number, number] {
  return side === "left" ? [160, 420] : [260, Math.max(300, Math.round(window.innerWidth * 0.5))];
}

const clamp = (v: number, [min, max]: [number, number]) => Math.min(max, Math.max(min, v));

/** The drawer keeps room for a table's rows, and leaves the graph at least a quarter. */
const drawerBounds = (): [number, number] => [
  180,
  Math.max(200, Math.round(window.innerHeight * 0.7)),
];

const OPPOSITE: Record<string, string> = {
  ArrowRight: "ArrowLeft",
  ArrowLeft: "ArrowRight",
  ArrowUp: "ArrowDown",
  ArrowDown: "ArrowUp",
};

/**
 * A size set by dragging a handle or by arrow keys on it: `grow` is the key (and, for the
 * pointer, the direction) that makes the panel bigger, toward the graph.
 */
function installResizer(
  handle: HTMLElement,
  size: () => number,
  setSize: (value: number) => void,
  how: { axis: "x" | "y"; grow: "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" },
): void {
  const sign = how.grow === "ArrowRight" || how.grow === "ArrowDown" ? 1 : -1;
  handle.addEventListener("pointerdown", (down) => {
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    const start = size();
    const move = (event: PointerEvent) => {
      const delta = how.axis === "x" ? event.clientX - down.clientX : event.clientY - down.clientY;
      setSize(start + sign * delta);
    };
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
  });
  handle.addEventListener("keydown", (event) => {
    if (event.key !== how.grow && event.key !== OPPOSITE[how.grow]) return;
    event.preventDefault();
    setSize(size() + (event.key === how.grow ? STEP : -STEP));
  });
}

export interface PageLayoutControls {
  /** The console's "bottom drawer" switch, placed by the console among its buttons. */
  drawerButton: HTMLButtonElement;
}

/**
 * Mounts the frame's controls; `refit` frames the graph again (called once the graph's area has
 * its new size after the drawer opened or closed).
 */
export function mountPageLayout(
  app: HTMLElement,
  panels: Record<Side, HTMLElement>,
  state: ExplorerState,
  refit: () => void,
): PageLayoutControls {
  const layout = loadLayout();
  const width = (side: Side) => clamp(layout[side] ?? defaultWidth(side), bounds(side));
  const drawerHeight = () =>
    clamp(layout.drawerHeight ?? Math.round(window.innerHeight * 0.42), drawerBounds());
  let drawerWasOpen: boolean | null = null;
  const collapsed = (side: Side) =>
    side === "left" ? layout.leftCollapsed : layout.rightCollapsed;
  const names: Record<Side, string> = { left: "left panel", right: "right panel" };

  const toggles = {} as Record<Side, HTMLButtonElement>;
  const separators = {} as Record<Side, HTMLElement>;
  for (const side of ["left", "right"] as const) {
    toggles[side] = button(
      "",
      () => {
        if (side === "left") layout.leftCollapsed = !layout.leftCollapsed;
        else layout.rightCollapsed = !layout.rightCollapsed;
        apply();
      },
      { class: `panel-toggle ${side}`, attrs: { "aria-controls": panels[side].id } },
    );
    separators[side] = el("div", {
      class: `panel-resizer ${side}`,
      attrs: {
        role: "separator",
        tabindex: "0",
        "aria-orientation": "vertical",
        "aria-label": `Resize the ${names[side]}`,
        "aria-controls": panels[side].id,
      },
    });
    installResizer(
      separators[side],
      () => width(side),
      (v) => setWidth(side, v),
      {
        axis: "x",
        grow: side === "left" ? "ArrowRight" : "ArrowLeft",
      },
    );
    panels[side].prepend(toggles[side]);
    panels[side].append(separators[side]);
  }

  // The drawer's top edge: drag it, or ArrowUp / ArrowDown on it.
  const drawerResizer = el("div", {
    class: "drawer-resizer",
    attrs: {
      role: "separator",
      tabindex: "0",
      "aria-orientation": "horizontal",
      "aria-label": "Resize the console drawer",
      "aria-controls": panels.right.id,
    },
  });
  panels.right.append(drawerResizer);
  const setDrawerHeight = (value: number) => {
    layout.drawerHeight = clamp(Math.round(value), drawerBounds());
    apply();
  };
  installResizer(drawerResizer, drawerHeight, setDrawerHeight, { axis: "y", grow: "ArrowUp" });

  const drawerButton = button("Bottom drawer", () => {
    layout.drawer = !layout.drawer;
    apply();
  });
  drawerButton.dataset.action = "console-drawer";
  drawerButton.title = "Show the console and its table under the graph, across the page";

  function setWidth(side: Side, value: number): void {
    layout[side] = clamp(Math.round(value), bounds(side));
    apply();
  }

  function apply(): void {
    const drawerOpen = layout.drawer && state.tab === "cypher";
    app.dataset.tab = state.tab;
    app.classList.toggle("console-drawer", drawerOpen);
    for (const side of ["left", "right"] as const) {
      // In the drawer the right column's width does not apply; the panel is never a rail there.
      const folded = collapsed(side) && !(side === "right" && drawerOpen);
      app.classList.toggle(`${side}-collapsed`, folded);
      app.style.setProperty(`--${side}-width`, `${folded ? RAIL : width(side)}px`);
      const toggle = toggles[side];
      toggle.textContent = (side === "left") === folded ? "»" : "«";
      toggle.setAttribute("aria-expanded", String(!folded));
      toggle.setAttribute("aria-label", `${folded ? "Expand" : "Collapse"} the ${names[side]}`);
      toggle.title = toggle.getAttribute("aria-label") ?? "";
      toggle.hidden = side === "right" && drawerOpen;
      const separator = separators[side];
      separator.hidden = folded || (side === "right" && drawerOpen);
      const [min, max] = bounds(side);
      separator.setAttribute("aria-valuenow", String(width(side)));
      separator.setAttribute("aria-valuemin", String(min));
      separator.setAttribute("aria-valuemax", String(max));
    }
    drawerButton.textContent = layout.drawer ? "Back to the side" : "Bottom drawer";
    drawerButton.setAttribute("aria-pressed", String(layout.drawer));
    const [low, high] = drawerBounds();
    app.style.setProperty("--drawer-height", `${drawerHeight()}px`);
    drawerResizer.hidden = !drawerOpen;
    drawerResizer.setAttribute("aria-valuenow", String(drawerHeight()));
    drawerResizer.setAttribute("aria-valuemin", String(low));
    drawerResizer.setAttribute("aria-valuemax", String(high));
    localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
    // The graph's area changed shape: frame it again once the grid has laid it out.
    if (drawerWasOpen !== null && drawerWasOpen !== drawerOpen)
      requestAnimationFrame(() => requestAnimationFrame(refit));
    drawerWasOpen = drawerOpen;
  }

  state.subscribe((changed) => {
    if (changed.has("tab")) apply();
  });
  window.addEventListener("resize", () => apply());
  apply();
  return { drawerButton };
}
