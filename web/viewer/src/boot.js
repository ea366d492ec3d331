// boot starts the requests of the drawing a link asks for while the
// viewer's code, over half a megabyte, is still being read and run: the
// server's answers then come in parallel with it instead of after it.
// api.js takes them from here when the viewer asks for the same paths.
// A big drawing is drawn from those answers at once, as a picture the
// viewer later draws over (preview.js).
// It is a classic script in the page's head, so that it runs as soon as it
// has arrived; a module would wait while the browser compiles the viewer.

import { prefetch } from './api.js';
import { firstRequests } from './link.js';
import { preview } from './preview.js';

prefetch(firstRequests(location.hash));
// the viewer waits for the picture, if there is one, to be shown before it
// starts its own drawing of the same (main.js)
globalThis.actorgraphPreview = preview(location.hash).catch(() => false);
