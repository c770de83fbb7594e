// The card service and the app on one port, on Node: `npm start` builds the app, then runs this.
//   PORT=8080 npx tsx server/node.ts [dist]
import { serve } from '@hono/node-server';
import { createCardService } from './app';
import { nodeHost } from './nodeHost';

const port = Number(process.env.PORT ?? 8080);
const dist = process.argv[2] ?? 'dist';
const app = createCardService(nodeHost(dist));
serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
  console.log(`Mixtape with cards on http://localhost:${info.port}/ (serving ${dist}/)`);
});
