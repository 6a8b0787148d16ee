// A search input with suggestions as you type (a combobox): arrow keys move, Enter or a click
// chooses. Used for the main search and for the ends of a path.
import type { SearchHit } from "../../../contract/api";
import { errorMessage, type ExplorerActions } from "../state/actions";
import { KIND_COLORS } from "../graph/graph-style";
import { el, fill } from "./dom";

export interface PickerOptions {
  label: string;
  placeholder: string;
  id: string;
  onPick(hit: SearchHit): void;
}

export function entityPicker(
  actions: ExplorerActions,
  options: PickerOptions,
): { root: HTMLElement; input: HTMLInputElement } {
  const listId = `${options.id}-suggestions`;
  const input = el("input", {
    attrs: {
      type: "search",
      id: options.id,
      placeholder: options.placeholder,
      autocomplete: "off",
      spellcheck: "false",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
    },
  });
  const label = el("label", {
    class: "visually-hidden",
    text: options.label,
    attrs: { for: options.id },
  });
  const list = el("ul", {
    class: "suggestions",
    attrs: { id: listId, role: "listbox", "aria-label": `${options.label} suggestions` },
  });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = (): void => {
    hits = [];
    active = -1;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const choose = (hit: SearchHit): void => {
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const render = (message?: string): void => {
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (message) {
      fill(list, el("li", { class: "suggestion muted", text: message }));
      return;
    }
    fill(
      list,
      ...hits.map((hit, i) => {
        const dot = el("span", { class: "swatch-dot" });
        dot.style.background = KIND_COLORS[hit.kind];
        const item = el(
          "li",
          {
            class: i === active ? "suggestion active" : "suggestion",
            attrs: {
              role: "option",
              id: `${listId}-${i}`,
              "aria-selected": String(i === active),
              "data-id": hit.id,
            },
          },
          dot,
          el("span", { class: "suggestion-name", text: hit.name }),
          el("span", { class: "suggestion-kind", text: `${hit.kind} · ${hit.degree}` }),
        );
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(hit);
        });
        return item;
      }),
    );
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value;
    if (q.trim().length === 0) return close();
    timer = setTimeout(() => {
      const mine = ++generation;
      actions.selection.suggest(q).then(
        (found) => {
          if (mine !== generation) return;
          hits = found;
          active = found.length > 0 ? 0 : -1;
          render(found.length === 0 ? `No entity matches “${q}”.` : undefined);
        },
        (error: unknown) => mine === generation && render(`Search failed: ${errorMessage(error)}`),
      );
    }, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === "Escape") {
      close();
      input.blur();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  // An outage makes any open list stale (its "Search failed" included): close it.
  actions.state.subscribe((changed) => {
    if (changed.has("connection")) {
      generation++;
      close();
    }
  });
  close();
  return { root: el("div", { class: "picker" }, label, input, list), input };
}
