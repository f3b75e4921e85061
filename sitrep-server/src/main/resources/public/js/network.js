// The actor network: nodes sized by their number of events, edges by how often two actors met,
// placed by a small deterministic force layout (repulsion, springs, gravity).
import { svg } from './util.js';

const MAX_NODES = 60;
const STEPS = 300;

/**
 * Positions nodes (mutated: x, y) inside width x height: Fruchterman-Reingold (repulsion k²/d,
 * attraction d²/k along edges, stronger for frequent pairs) plus a pull to the middle, cooling
 * linearly. Deterministic: the nodes start on a circle in their order.
 */
function layout(nodes, edges, width, height) {
  const cx = width / 2;
  const cy = height / 2;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = cx + (width / 4) * Math.cos(angle);
    n.y = cy + (height / 4) * Math.sin(angle);
  });
  const k = 0.45 * Math.sqrt((width * height) / Math.max(1, nodes.length));
  for (let step = 0; step < STEPS; step++) {
    const temperature = (width / 10) * (1 - step / STEPS) + 1;
    for (const n of nodes) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const dx = a.x - b.x || 0.1;
        const dy = a.y - b.y || 0.1;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const f = (k * k) / d / d;
        a.dx += dx * f; a.dy += dy * f;
        b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const dx = e.b.x - e.a.x;
      const dy = e.b.y - e.a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d / k) * (1 + Math.log(e.count));
      e.a.dx += dx * f; e.a.dy += dy * f;
      e.b.dx -= dx * f; e.b.dy -= dy * f;
    }
    for (const n of nodes) {
      n.dx += (cx - n.x) * 0.15;
      n.dy += (cy - n.y) * 0.3;
      const len = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1;
      const move = Math.min(len, temperature);
      n.x = Math.min(width - 140, Math.max(30, n.x + (n.dx / len) * move));
      n.y = Math.min(height - 30, Math.max(30, n.y + (n.dy / len) * move));
    }
  }
}

/** Draws the network {nodes: [{name, count, fatalities}], edges: [{source, target, count}]}; returns the nodes shown. */
export function drawNetwork(element, network, onActor) {
  element.replaceChildren();
  const width = element.clientWidth || 800;
  const height = element.clientHeight || 420;
  const nodes = network.nodes.slice(0, MAX_NODES).map(n => ({ ...n }));
  const byName = new Map(nodes.map(n => [n.name, n]));
  const edges = network.edges
    .filter(e => byName.has(e.source) && byName.has(e.target) && e.source !== e.target)
    .map(e => ({ a: byName.get(e.source), b: byName.get(e.target), count: e.count }));
  layout(nodes, edges, width, height);
  const maxCount = Math.max(1, ...nodes.map(n => n.count));
  for (const e of edges) {
    const line = svg('line', { class: 'edge', x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y,
      'stroke-width': 1 + 2 * Math.sqrt(e.count), 'data-count': e.count });
    const title = svg('title');
    title.textContent = e.a.name + ' → ' + e.b.name + ': ' + e.count;
    line.append(title);
    element.append(line);
  }
  for (const n of nodes) {
    const r = 5 + 20 * Math.sqrt(n.count / maxCount);
    const circle = svg('circle', { class: 'node', cx: n.x, cy: n.y, r, fill: '#546e7a', 'fill-opacity': 0.8,
      'data-name': n.name, 'data-count': n.count });
    circle.style.cursor = 'pointer';
    const title = svg('title');
    title.textContent = n.name + ': ' + n.count + ' events, ' + n.fatalities + ' killed (click to filter)';
    circle.append(title);
    circle.addEventListener('click', () => onActor(n.name));
    const label = svg('text', { class: 'node-label', x: n.x + r + 2, y: n.y + 4 });
    label.textContent = n.name;
    element.append(circle, label);
  }
  return nodes.length;
}
