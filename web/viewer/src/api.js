// Calls to actorgraph's JSON API. Errors carry the server's own sentence.

export async function api(path, init = {}) {
  const res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });
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

export const searchEntities = (q, type, limit = 20) => {
  const p = new URLSearchParams({ q, limit: String(limit) });
  if (type) p.set('type', type);
  return api(`/api/v1/entities?${p}`);
};

export const entity = (id) => api(`/api/v1/entities/${encodeURIComponent(id)}`);

export const neighbors = (id, depth = 1) =>
  api(`/api/v1/entities/${encodeURIComponent(id)}/neighbors?depth=${depth}`);

export const stats = () => api('/api/v1/stats');

export const articleLink = (id) => `/api/v1/articles/${encodeURIComponent(id)}`;

// postArticle sends one article record; token, when given, goes as a bearer
// token (a server with tokens needs a write token for this).
export const postArticle = (record, token) => {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return api('/api/v1/articles', { method: 'POST', headers, body: JSON.stringify(record) });
};
