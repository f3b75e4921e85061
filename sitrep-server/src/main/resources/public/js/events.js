// The table of events and the detail of one event with its evidence.
import { colour } from './api.js';
import { el, where } from './util.js';

/** Fills the table body; a click on a row calls onSelect with the event id. */
export function drawTable(tbody, events, onSelect) {
  tbody.replaceChildren(...events.map(e => {
    const row = el('tr', { 'data-id': e.id },
      el('td', {}, e.date || 'undated'),
      el('td', {}, el('span', { class: 'swatch', style: 'background:' + colour(e.category) }), e.type),
      el('td', {}, e.actor1 ? e.actor1.name : ''),
      el('td', {}, e.actor2 ? e.actor2.name : ''),
      el('td', {}, where(e)),
      el('td', {}, e.fatalities ?? ''));
    row.addEventListener('click', () => onSelect(e.id));
    return row;
  }));
}

/** Only http(s) links are made clickable. */
function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/** One evidence sentence inside its article text, the sentence (span) marked. */
function evidence(item) {
  const box = el('div', { class: 'evidence' });
  const context = item.context;
  const quote = el('p', {});
  if (context) {
    const at = item.span.start - context.start;
    const length = item.span.end - item.span.start;
    quote.append(
      el('span', { class: 'context' }, context.text.slice(0, at)),
      el('mark', { class: 'span' }, context.text.slice(at, at + length)),
      el('span', { class: 'context' }, context.text.slice(at + length)));
  } else {
    quote.append(el('mark', { class: 'span' }, item.text));
  }
  box.append(quote);
  const url = safeUrl(item.url);
  const label = item.title || item.url || item.articleId;
  box.append(el('div', { class: 'source muted' },
    'Source: ', item.source ? item.source + ' — ' : '',
    url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label) : label));
  return box;
}

function actor(a) {
  return a ? a.name + (a.type ? ' (' + a.type.toLowerCase().replace(/_/g, ' ') + ')' : '') : '—';
}

/** Shows one event (the JSON of /api/events/{id}) in the detail box. */
export function drawDetail(box, e, onClose) {
  const close = el('button', { type: 'button', class: 'close', title: 'Close' }, '×');
  close.addEventListener('click', onClose);
  const fields = el('dl', {},
    el('dt', {}, 'Date'), el('dd', {}, (e.date || 'undated') + (e.datePrecision ? ' (' + e.datePrecision + ')' : '')),
    el('dt', {}, 'Actor 1'), el('dd', {}, actor(e.actor1)),
    el('dt', {}, 'Actor 2'), el('dd', {}, actor(e.actor2)),
    el('dt', {}, 'Where'), el('dd', {}, where(e) || 'unknown'),
    el('dt', {}, 'Killed / injured / arrested'), el('dd', {}, `${e.fatalities} / ${e.injured} / ${e.arrested}`),
    el('dt', {}, 'Confidence'), el('dd', {}, String(e.confidence)),
    el('dt', {}, 'Reports'), el('dd', {}, `${e.numArticles} article(s), ${e.numSources} source(s)`));
  box.replaceChildren(close,
    el('h3', { 'data-id': e.id }, el('span', { class: 'swatch', style: 'background:' + colour(e.category) }),
      e.type + ' — ' + e.category),
    fields,
    el('h4', {}, 'Evidence'),
    ...e.evidence.map(evidence));
  box.hidden = false;
}
