// Imported by the service worker (vite.config.ts, workbox.importScripts) before Workbox's own routes.
// Workbox's precache answers a clip with the whole file (200), and a media element that asked for a byte
// range cannot seek in that: Chromium restarts the clip from 0:00. Range requests for precached clips are
// answered here instead, with the bytes asked for (206), as the server itself would.
self.addEventListener('fetch', (event) => {
  const range = event.request.headers.get('range');
  const url = new URL(event.request.url);
  if (!range || url.origin !== self.location.origin || !url.pathname.startsWith('/clips/')) return;
  event.respondWith(partialResponse(event.request, range));
});

/** The bytes `range` asks for from the precached copy; the network when there is none. */
async function partialResponse(request, range) {
  // Precache keys carry a revision parameter; the clip's path alone identifies it.
  const cached = await caches.match(request.url, { ignoreSearch: true });
  if (!cached) return fetch(request);
  const blob = await cached.blob();
  const bounds = byteRange(range, blob.size);
  if (!bounds) {
    return new Response(null, {
      status: 416,
      statusText: 'Range Not Satisfiable',
      headers: { 'Content-Range': `bytes */${blob.size}` },
    });
  }
  const [start, end] = bounds;
  const part = blob.slice(start, end + 1);
  return new Response(part, {
    status: 206,
    statusText: 'Partial Content',
    headers: {
      'Accept-Ranges': 'bytes',
      'Content-Type': cached.headers.get('Content-Type') || 'audio/mpeg',
      'Content-Length': String(part.size),
      'Content-Range': `bytes ${start}-${end}/${blob.size}`,
    },
  });
}

/** [first, last] byte of a single `bytes=` range within `size`, or null when it asks for none of them. */
function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start;
  let end;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start <= end && start < size ? [start, end] : null;
}
