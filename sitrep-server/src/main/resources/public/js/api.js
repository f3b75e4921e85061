// The REST API of sitrep serve, and the filters that travel in the page's URL.

/** The filter parameters the API understands and the UI keeps in the URL query string. */
export const FILTERS = ['category', 'type', 'actor', 'country', 'admin1', 'from', 'to', 'q'];

/** ACLED's six event types (the API's "category"), each with its colour. */
export const CATEGORIES = {
  'Battles': '#d32f2f',
  'Explosions/Remote violence': '#f57c00',
  'Violence against civilians': '#7b1fa2',
  'Protests': '#1976d2',
  'Riots': '#00897b',
  'Strategic developments': '#616161',
};

export function colour(category) {
  return CATEGORIES[category] || '#000';
}

/** An API answer other than 2xx: the API's message and, for a 400, the parameter it blames. */
export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

const TOKEN_KEY = 'sitrep.token';

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

/** The filters of the current URL, as an object of non-empty strings. */
export function filtersFromUrl() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** Puts the filters in the URL (replacing the history entry), so the view can be shared and reloaded. */
export function filtersToUrl(filters) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (filters[name]) params.set(name, filters[name]);
  }
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
}

/** The files the export links download, by format. */
const EXPORT_FILES = {
  acled: 'sitrep-events.csv', geojson: 'sitrep-events.geojson', plover: 'sitrep-events.jsonl',
  parquet: 'sitrep-events.parquet', gdelt: 'sitrep-gdelt.zip',
};

/** The URL of the export of the filtered events in a format, and the file name to save it as. */
export function exportLink(format, filters) {
  const params = new URLSearchParams({ format });
  for (const name of FILTERS) {
    if (filters[name]) params.set(name, filters[name]);
  }
  return { href: '/api/export?' + params.toString(), file: EXPORT_FILES[format] };
}

/**
 * Downloads an export with the API token (a plain link cannot send it): fetched as a blob and
 * saved through a temporary link.
 */
export async function downloadWithToken(href, file) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(href, { headers: token ? { Authorization: 'Bearer ' + token } : {} });
  if (!response.ok) throw new ApiError(response.status, 'export failed: HTTP ' + response.status, null);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** True when a token is set for this tab (a private server). */
export function hasToken() {
  return Boolean(sessionStorage.getItem(TOKEN_KEY));
}

/** GETs an API path with the filters (minus those in omit) and extra parameters; resolves to its JSON. */
export async function get(path, filters = {}, extra = {}, omit = []) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value && !omit.includes(name)) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = 'Bearer ' + token;
  let response;
  try {
    response = await fetch(path + (query ? '?' + query : ''), { headers });
  } catch (e) {
    throw new ApiError(0, 'the server cannot be reached (' + e.message + ')', null);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : 'HTTP ' + response.status;
    throw new ApiError(response.status, message, body ? body.parameter || null : null);
  }
  return body;
}
