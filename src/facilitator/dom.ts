// Small builders for the page's elements. Text goes in as textContent only, never as HTML: every name and
// message on this page may have come from a file someone dropped.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text: string | null = null): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  if (text !== null) element.textContent = text;
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, className = ''): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (className !== '') element.setAttribute('class', className);
  return element;
}

/** The element the page's HTML promises, by id; a missing one is a bug in facilitator.html. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`facilitator.html has no ${kind.name} #${id}`);
  return element;
}
