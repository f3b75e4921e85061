// The timeline: events per day, stacked by event type; dragging across it chooses from/to.
import { CATEGORIES, colour } from './api.js';
import { svg } from './util.js';

const DAY = 86_400_000;
const AXIS = 18;

function dayNumber(iso) {
  return Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
}

function isoDay(number) {
  return new Date(number * DAY).toISOString().slice(0, 10);
}

export class Timeline {
  /** @param onBrush called with (from, to) as YYYY-MM-DD, or (null, null) to clear */
  constructor(element, onBrush) {
    this.svg = element;
    this.onBrush = onBrush;
    this.first = 0;
    this.last = 0;
    this.svg.addEventListener('mousedown', e => this.startBrush(e));
  }

  /**
   * Draws the counts (a Map from YYYY-MM-DD to {category: count}); marks from..to (YYYY-MM-DD or
   * empty) as the chosen range.
   */
  show(counts, from, to) {
    this.svg.replaceChildren();
    const width = this.svg.clientWidth || 800;
    const height = this.svg.clientHeight || 140;
    this.width = width;
    if (counts.size === 0) {
      const t = svg('text', { x: 10, y: 20, class: 'axis' });
      t.textContent = 'no dated events';
      this.svg.append(t);
      return;
    }
    const perDay = new Map();
    for (const [iso, stack] of counts) perDay.set(dayNumber(iso), stack);
    const days = [...perDay.keys()];
    this.first = Math.min(...days) - 1;
    this.last = Math.max(...days) + 1;
    const max = Math.max(...[...perDay.values()].map(s => Object.values(s).reduce((a, b) => a + b, 0)));
    const slot = width / (this.last - this.first + 1);
    const barHeight = (height - AXIS - 4) / max;
    for (const [day, stack] of perDay) {
      let y = height - AXIS;
      for (const category of Object.keys(CATEGORIES)) {
        const n = stack[category] || 0;
        if (n === 0) continue;
        const h = n * barHeight;
        y -= h;
        const bar = svg('rect', {
          class: 'bar', x: this.x(day) + 1, y, width: Math.max(1, slot - 2), height: h, fill: colour(category),
          'data-day': isoDay(day), 'data-category': category, 'data-count': n,
        });
        const title = svg('title');
        title.textContent = isoDay(day) + ' ' + category + ': ' + n;
        bar.append(title);
        this.svg.append(bar);
      }
    }
    const ticks = Math.min(8, this.last - this.first);
    for (let i = 0; i <= ticks; i++) {
      const day = Math.round(this.first + (i * (this.last - this.first)) / ticks);
      const t = svg('text', { x: this.x(day), y: height - 4, class: 'axis' });
      t.textContent = isoDay(day);
      this.svg.append(t);
    }
    if (from || to) {
      const a = from ? Math.max(this.first, dayNumber(from)) : this.first;
      const b = to ? Math.min(this.last, dayNumber(to)) + 1 : this.last + 1;
      this.brush = svg('rect', { class: 'brush', x: this.x(a), y: 0, width: Math.max(2, this.x(b) - this.x(a)), height: height - AXIS });
      this.svg.append(this.brush);
    }
  }

  x(day) {
    return ((day - this.first) / (this.last - this.first + 1)) * this.width;
  }

  dayAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.min(this.last, this.first + Math.floor(fraction * (this.last - this.first + 1)));
  }

  startBrush(down) {
    if (this.last === this.first) return;
    down.preventDefault();
    const start = this.dayAt(down.clientX);
    const height = (this.svg.clientHeight || 140) - AXIS;
    const rect = svg('rect', { class: 'brush', x: this.x(start), y: 0, width: 2, height });
    this.svg.append(rect);
    let end = start;
    const move = e => {
      end = this.dayAt(e.clientX);
      const a = Math.min(start, end);
      const b = Math.max(start, end) + 1;
      rect.setAttribute('x', this.x(a));
      rect.setAttribute('width', Math.max(2, this.x(b) - this.x(a)));
    };
    const up = e => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      move(e);
      this.onBrush(isoDay(Math.min(start, end)), isoDay(Math.max(start, end)));
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  }
}
