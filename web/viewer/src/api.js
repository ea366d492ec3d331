// Calls to actorgraph's JSON API. Errors carry the server's own sentence.

// early holds requests started by boot.js before the viewer ran, by path,
// each the answer with its body read (boot.js draws from the bodies); a
// global, since boot.js is a bundle of its own. Each is used once, and
// only until the viewer has drawn what the link asked for.
const early = () => {
  globalThis.actorgraphEarly ||= new Map();
  return globalThis.actorgraphEarly;
};
const get = (path, init) => fetch(path, { ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });

// read is an answer and its body; a body that is not JSON (a proxy's
// error page, say) is null, and the answer is reported by its status.
const read = async (res) => {
  let body = null;
  try {
    body = await res.json();
  } catch {
    // reported by status
  }
  return { res, body };
};

export function prefetch(paths) {
  for (const path of paths) {
    const started = get(path, {}).then(read);
    // a failure is reported when the viewer asks, or not at all if it
    // never does
    started.catch(() => {});
    early().set(path, started);
  }
}

// prefetched is the body of a successful answer started by prefetch, or
// null, without using the answer up.
export async function prefetched(path) {
  try {
    const { res, body } = await early().get(path);
    return res.ok ? body : null;
  } catch {
    return null;
  }
}

// forgetEarly drops the requests started early that the viewer did not use:
// a later request for the same path must not get an older answer.
export function forgetEarly() {
  early().clear();
}

export async function api(path, init = {}) {
  let answer;
  try {
    const started = !init.method && early().get(path);
    early().delete(path);
    answer = await (started || get(path, init).then(read));
  } catch {
    throw new Error('The server cannot be reached; check that actorgraph serve is running, then try again.');
  }
  const { res, body } = answer;
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
export const neighborsPath = (id, depth, limit, offset) => `/api/v1/entities/${enc(id)}/neighbors?depth=${depth}&limit=${limit}&offset=${offset}`;
export const neighbors = (id, depth = 1, limit = 250, offset = 0) => api(neighborsPath(id, depth, limit, offset));

export const event = (id) => api(`/api/v1/events/${enc(id)}`);

export const article = (id) => api(`/api/v1/articles/${enc(id)}`);

export const paths = (from, to, max = 4) =>
  api(`/api/v1/paths?from=${enc(from)}&to=${enc(to)}&max=${max}&limit=5`);

export const statsPath = '/api/v1/stats';
export const stats = () => api(statsPath);

// exportNodes is the API's export of exactly the nodes given (ids) and the
// links given among them (link ids, as the neighbours route names them),
// as a Blob: GraphML, or CSV files in a zip.
export async function exportNodes(format, ids, links) {
  let res;
  try {
    res = await fetch('/api/v1/export', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ format, nodes: ids, links }),
    });
  } catch {
    throw new Error('The server cannot be reached; check that actorgraph serve is running, then try again.');
  }
  if (!res.ok) {
    const { body } = await read(res);
    throw new Error((body && body.error && body.error.message) || `The server answered ${res.status} ${res.statusText}.`);
  }
  return res.blob();
}

// postArticle sends one article record; token, when given, goes as a bearer
// token (a server with tokens needs a write token for this).
export const postArticle = (record, token) => {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return api('/api/v1/articles', { method: 'POST', headers, body: JSON.stringify(record) });
};
