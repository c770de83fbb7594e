import { describe } from 'vitest';
import { createCardService } from '../../server/app';
import { nodeCardRenderer } from '../../server/nodeHost';
import { checkRoutes, TEST_INDEX_HTML } from './routeChecks';

describe('the card service on Node', () => {
  const service = createCardService({
    indexHtml: async () => TEST_INDEX_HTML,
    renderCard: nodeCardRenderer(),
    assets: () => new Response('not found', { status: 404 }),
  });
  checkRoutes(() => async (path, init) => service.request(path, init));
});
