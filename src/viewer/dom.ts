/**
 * Building the page's elements. Text is only ever set as text (labels from Wikidata may hold
 * markup); attributes are set one by one and never an event handler, a style or a script URL.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    setSafeAttribute(element, name, value === true ? '' : String(value));
  }
  if (props.text !== undefined) element.textContent = props.text;
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Removes every child, then appends these. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.textContent = '';
  append(parent, ...children);
}

const SAFE_URL = /^(?:#|https?:\/\/)/i;

function setSafeAttribute(element: Element, name: string, value: string): void {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc')
    throw new Error(`Refusing to set the ${name} attribute`);
  if ((lower === 'href' || lower === 'src' || lower === 'action') && !SAFE_URL.test(value))
    throw new Error(`Refusing the URL ${value.slice(0, 40)}`);
  element.setAttribute(name, value);
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}
