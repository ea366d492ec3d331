// boot starts the requests of the drawing a link asks for while the
// viewer's code, over half a megabyte, is still being read and run: the
// server's answers then come in parallel with it instead of after it.
// api.js takes them from here when the viewer asks for the same paths.
// It is a classic script in the page's head, so that it runs as soon as it
// has arrived; a module would wait while the browser compiles the viewer.

import { prefetch } from './api.js';
import { firstRequests } from './link.js';

prefetch(firstRequests(location.hash));
