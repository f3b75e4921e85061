// The sitrep web UI: filters (kept in the URL) drive the map, table, timeline and actor network.
import { ApiError, FILTERS, CATEGORIES, colour, downloadWithToken, exportLink, filtersFromUrl, filtersToUrl, get, hasToken, setToken } from './api.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { drawNetwork } from './network.js';
import { drawDetail, drawTable } from './events.js';
import { el } from './util.js';

const PAGE = 1000;
const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const detail = document.getElementById('detail');
let filters = filtersFromUrl();
let generation = 0;

function showError(e) {
  if (e instanceof ApiError && e.status === 401) {
    document.getElementById('token').hidden = false;
  }
  const where = e instanceof ApiError && e.parameter ? ' (parameter "' + e.parameter + '")' : '';
  errorBox.textContent = 'Error: ' + e.message + where;
  errorBox.hidden = false;
}

function clearError() {
  errorBox.hidden = true;
  errorBox.textContent = '';
}

const map = new EventMap(document.getElementById('map'), id => openEvent(id));
const timeline = new Timeline(document.getElementById('timeline'), (from, to) => setFilters({ ...filters, from, to }));

document.getElementById('legend').append(...Object.keys(CATEGORIES).map(c =>
  el('span', {}, el('span', { class: 'swatch', style: 'background:' + colour(c) }), c)));

function fillForm() {
  for (const name of FILTERS) form.elements[name].value = filters[name] || '';
  updateExportLinks();
  document.getElementById('brush-clear').hidden = !(filters.from || filters.to);
}

/** Points the download links at the export of the current filters. */
function updateExportLinks() {
  for (const a of document.querySelectorAll('#exports a')) {
    const link = exportLink(a.dataset.format, filters);
    a.href = link.href;
    a.download = link.file;
  }
}

document.getElementById('exports').addEventListener('click', e => {
  const a = e.target.closest('a');
  if (!a || !hasToken()) return; // a public server: the link downloads by itself
  e.preventDefault();
  downloadWithToken(a.href, a.download).catch(showError);
});

function setFilters(next) {
  filters = Object.fromEntries(Object.entries(next).filter(([, v]) => v));
  filtersToUrl(filters);
  fillForm();
  refresh();
}

form.addEventListener('change', () => {
  const next = {};
  for (const name of FILTERS) next[name] = form.elements[name].value.trim();
  setFilters(next);
});
form.addEventListener('submit', e => e.preventDefault());
document.getElementById('reset').addEventListener('click', () => setFilters({}));
document.getElementById('brush-clear').addEventListener('click', () => setFilters({ ...filters, from: '', to: '' }));
document.getElementById('token-save').addEventListener('click', () => {
  setToken(document.getElementById('token-input').value.trim());
  document.getElementById('token').hidden = true;
  loadTypes();
  refresh();
});

async function openEvent(id) {
  try {
    const event = await get('/api/events/' + encodeURIComponent(id));
    drawDetail(detail, event, () => { detail.hidden = true; });
    for (const row of document.querySelectorAll('#events tbody tr')) {
      row.classList.toggle('selected', row.dataset.id === id);
    }
    detail.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    showError(e);
  }
}

/** The sub-event types present in the database, for the type menu. */
async function loadTypes() {
  try {
    const types = await get('/api/aggregates/type');
    const select = form.elements.type;
    const wanted = filters.type || '';
    select.replaceChildren(el('option', { value: '' }, 'all'),
      ...types.groups.map(g => el('option', { value: g.key }, g.key + ' (' + g.count + ')')));
    if (wanted && ![...select.options].some(o => o.value === wanted)) select.append(el('option', { value: wanted }, wanted));
    select.value = wanted;
  } catch (e) {
    showError(e);
  }
}

/**
 * Events per day and event type of every event the filters select but for the dates (the timeline
 * shows the whole span to brush in), from the server's day counts, one request per event type: a
 * Map from YYYY-MM-DD to {category: count}. A sub-event type filter of another event type selects
 * none of that type (the server refuses the pair).
 */
async function dailyCounts() {
  const categories = Object.keys(CATEGORIES).filter(c => !filters.category || filters.category === c);
  const answers = await Promise.all(categories.map(category =>
    get('/api/aggregates/day', filters, { category }, ['from', 'to', 'category']).catch(e => {
      if (e instanceof ApiError && e.status === 400 && e.parameter === 'type') return { groups: [] };
      throw e;
    })));
  const perDay = new Map();
  answers.forEach((answer, i) => {
    for (const group of answer.groups) {
      if (!group.key) continue; // undated events: not on a timeline
      const stack = perDay.get(group.key) || {};
      stack[categories[i]] = group.count;
      perDay.set(group.key, stack);
    }
  });
  return perDay;
}

/** Reloads every view for the current filters; an older reload that finishes late is dropped. */
async function refresh() {
  const mine = ++generation;
  document.body.dataset.loading = 'true';
  try {
    const [page, perDay, network] = await Promise.all([
      // The latest first: on a large database the table and map show the newest events.
      get('/api/events', filters, { limit: PAGE, sort: '-date' }),
      dailyCounts(),
      get('/api/actors', filters),
      map.ready,
    ]);
    if (mine !== generation) return;
    clearError();
    const shown = page.events.length < page.total ? ` (first ${page.events.length} shown)` : '';
    document.getElementById('table-count').textContent = page.total + ' events' + shown;
    drawTable(document.querySelector('#events tbody'), page.events, openEvent);
    const located = map.show(page.events);
    document.getElementById('map-count').textContent = located + ' with a place';
    timeline.show(perDay, filters.from, filters.to);
    const nodes = drawNetwork(document.getElementById('network'), network, name => setFilters({ ...filters, actor: name }));
    document.getElementById('network-count').textContent = nodes + ' actors';
  } catch (e) {
    if (mine !== generation) return;
    showError(e);
  } finally {
    if (mine === generation) document.body.dataset.loading = 'false';
  }
}

fillForm();
loadTypes();
refresh();
