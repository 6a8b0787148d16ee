// The layout's settings, in a small menu beside the Layout button: ForceAtlas2's gravity and
// spread, LinLog mode, and the time budget after which a run stops by itself (it also stops
// once the picture has come to rest).
import type { LayoutRunner } from "../layout/layout-runner";
import { button, el, fill } from "./dom";

export function layoutSettingsMenu(layout: LayoutRunner): HTMLDetailsElement {
  const menu = el("details", { class: "menu layout-menu" });
  const number = (
    label: string,
    value: number,
    range: { min: number; max: number; step: number },
    set: (v: number) => void,
  ): HTMLElement => {
    const input = el("input", {
      attrs: {
        type: "number",
        min: String(range.min),
        max: String(range.max),
        step: String(range.step),
      },
    });
    input.value = String(value);
    input.addEventListener("change", () => {
      const v = Number(input.value);
      if (Number.isFinite(v)) set(Math.min(range.max, Math.max(range.min, v)));
    });
    return el("label", { class: "setting" }, el("span", { text: label }), input);
  };
  const render = (): void => {
    const s = layout.settings;
    const update = (change: Partial<typeof s>): void =>
      layout.setSettings({ ...layout.settings, ...change });
    const linLog = el("input", { attrs: { type: "checkbox" } });
    linLog.checked = s.linLogMode;
    linLog.addEventListener("change", () => update({ linLogMode: linLog.checked }));
    fill(
      menu,
      el("summary", { text: "⚙", attrs: { "aria-label": "Layout settings" } }),
      el(
        "div",
        { class: "menu-list settings-list" },
        el("div", { class: "menu-heading", text: "ForceAtlas2" }),
        number("Gravity", s.gravity, { min: 0.01, max: 5, step: 0.01 }, (v) =>
          update({ gravity: v }),
        ),
        number("Spread", s.scalingRatio, { min: 1, max: 100, step: 1 }, (v) =>
          update({ scalingRatio: v }),
        ),
        el("label", { class: "setting" }, el("span", { text: "LinLog clusters" }), linLog),
        number("Stop after (s)", s.budgetSeconds, { min: 1, max: 120, step: 1 }, (v) =>
          update({ budgetSeconds: v }),
        ),
        button(
          "Run layout",
          () => {
            menu.open = false;
            layout.start();
          },
          { class: "menu-item", attrs: { "data-action": "run-layout" } },
        ),
      ),
    );
  };
  menu.addEventListener("toggle", () => {
    if (menu.open) render();
  });
  render();
  document.addEventListener("click", (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  return menu;
}
