// Small DOM helpers: every text from the API goes into the page as text, never as HTML.

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
export function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** "Place, Province, IRQ" from an event's location, or "" when it has none. */
export function where(event) {
  const l = event.location;
  if (!l) return '';
  return [l.place || l.text, l.admin1, l.country].filter((x, i, all) => x && all.indexOf(x) === i).join(', ');
}
