// Calls to actorgraph's JSON API. Errors carry the server's own sentence.

export async function api(path, init = {}) {
  let res;
  try {
    res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });
  } catch {
    throw new Error('The server cannot be reached; check that actorgraph serve is running, then try again.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // A non-JSON answer (a proxy's error page, say) is reported by status.
  }
  if (!res.ok) {
    const msg = body && body.error && body.error.message;
    throw new Error(msg || `The server answered ${res.status} ${res.statusText}.`);
  }
  return body;
}

const enc = encodeURIComponent;

export const searchEntities = (q, type, limit = 20) => {
  const p = new URLSearchParams({ q, limit: String(limit) });
  if (type) p.set('type', type);
  return api(`/api/v1/entities?${p}`);
};

export const entity = (id) => api(`/api/v1/entities/${enc(id)}`);

// neighbors is one page of a node's neighbourhood: the nodes its walk
// reaches numbered offset to offset+limit-1 (the route ranks links by
// sources, then news, then the other end's importance), the edges that
// reach them, and next, the offset of the rest, when there is more.
// limit is at most 1,000.
export const neighbors = (id, depth = 1, limit = 250, offset = 0) =>
  api(`/api/v1/entities/${enc(id)}/neighbors?depth=${depth}&limit=${limit}&offset=${offset}`);

export const event = (id) => api(`/api/v1/events/${enc(id)}`);

export const article = (id) => api(`/api/v1/articles/${enc(id)}`);

export const paths = (from, to, max = 4) =>
  api(`/api/v1/paths?from=${enc(from)}&to=${enc(to)}&max=${max}&limit=5`);

export const stats = () => api('/api/v1/stats');

// exportURL is the API's download of an entity's neighbourhood.
export const exportURL = (format, id, depth) =>
  `/api/v1/export?format=${enc(format)}&entity=${enc(id)}&depth=${depth}`;

// postArticle sends one article record; token, when given, goes as a bearer
// token (a server with tokens needs a write token for this).
export const postArticle = (record, token) => {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return api('/api/v1/articles', { method: 'POST', headers, body: JSON.stringify(record) });
};
