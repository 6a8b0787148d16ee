// A tiny DOM builder. Text always goes in as text nodes (article text is untrusted): nothing here
// ever sets innerHTML.
type Child = Node | string | null | undefined | false;

export interface ElementProps {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const [type, handler] of Object.entries(props.on ?? {}))
    node.addEventListener(type, handler as EventListener);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}

export function button(
  label: string,
  onClick: () => void,
  props: ElementProps = {},
): HTMLButtonElement {
  const b = el("button", { ...props, text: label, attrs: { type: "button", ...props.attrs } });
  b.addEventListener("click", onClick);
  return b;
}
