import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { payloadText } from '../src/share/pastedText';
import { type CardSummary, cardSummary } from './cardSummary';
import { withCardTags } from './headTags';

/** What the service needs from the runtime it runs on (node.ts, worker.ts). */
export interface CardServiceHost {
  /** The app's built index.html (dist/index.html), as text. Read once and kept: it is the same for every tape. */
  readonly indexHtml: () => Promise<string>;
  /** The card picture for a summary: PNG bytes, 1200×630 (cardImage.tsx). */
  readonly renderCard: (card: CardSummary) => Promise<Uint8Array>;
  /** Everything else: the app's static files, with index.html for a path that names none. */
  readonly assets: (request: Request) => Response | Promise<Response>;
}

/** A year: the longest max-age caches honour (RFC 9111 §5.2.2.1 advises no more). */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * For the picture of a tape, which the payload alone decides. The page of a card link holds the app's shell, whose script names change with every deploy, and a
 * generic card may become a tape's once an update reads a newer format: an hour, then revalidate.
 */
const REVALIDATE = 'public, max-age=3600';

/**
 * Added to the policy the page's own meta tag carries (vite.config.ts), which a meta tag cannot say:
 * who may frame the page. Every policy a response carries is enforced (CSP Level 3 §4.1).
 */
const PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
/** A picture runs nothing and loads nothing. */
const IMAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The payload of a card link's last path segment, cleaned as the app cleans it (`%20`, `.`, `)` dropped). */
function payloadOf(segment: string): string {
  return payloadText(segment.slice(0, 64 * 1024));
}

/**
 * The card service: `/t/<payload>` answers with the app's page plus `og:` and `twitter:` tags for the tape;
 * `/card/<payload>.png` with its picture; anything else with the app's static files. Stateless: every
 * answer depends on the path alone, so any number of copies can serve it. A payload that does not open
 * gets the generic card, status 200, never an error page and never its own text back.
 */
export function createCardService(host: CardServiceHost): Hono {
  const app = new Hono();
  let page: Promise<string> | undefined;
  const indexHtml = () => {
    page ??= host.indexHtml().catch((error: unknown) => {
      page = undefined;
      throw error;
    });
    return page;
  };

  app.use(
    secureHeaders({
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
      xContentTypeOptions: 'nosniff',
      crossOriginResourcePolicy: false,
      crossOriginOpenerPolicy: false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  // With a trailing slash too, which some chats add to a link.
  app.get('/t/:payload{[^/]*}', async (c) => {
    const payload = payloadOf(c.req.param('payload'));
    const card = cardSummary(payload);
    const origin = new URL(c.req.url).origin;
    const pageUrl = card.isTape ? `${origin}/t/${payload}` : `${origin}/`;
    const imageUrl = `${origin}/card/${card.isTape ? payload : 'mixtape'}.png`;
    const html = withCardTags(await indexHtml(), card, pageUrl, imageUrl);
    c.header('Cache-Control', REVALIDATE);
    c.header('Content-Security-Policy', PAGE_POLICY);
    return c.html(html);
  });
  app.get('/t/:payload{[^/]*}/', (c) =>
    app.fetch(new Request(c.req.url.replace(/\/(\?|$)/, '$1'), c.req.raw)),
  );

  app.get('/card/:file{[^/]+\\.png}', async (c) => {
    const card = cardSummary(payloadOf(c.req.param('file').slice(0, -'.png'.length)));
    const png = await host.renderCard(card);
    return c.body(new Uint8Array(png), 200, {
      'Content-Type': 'image/png',
      'Cache-Control': card.isTape ? IMMUTABLE : REVALIDATE,
      'Content-Security-Policy': IMAGE_POLICY,
    });
  });

  // A copy, since a fetched response's headers are immutable and the security headers are added to it.
  app.all('*', async (c) => {
    const response = await host.assets(c.req.raw);
    return new Response(response.body, response);
  });
  return app;
}
