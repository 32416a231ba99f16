import { existsSync } from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { newId } from '../../kernel/index.js';
import { apiDocsRouter } from './api-docs.js';
import { compressResponses } from './compress-responses.js';
import { createMetrics } from './metrics.js';
import { mountRoutes, type RouteDependencies } from './mount-routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { notFoundMiddleware, problemMiddleware } from './problem-response.js';
import type { RouteDefinition } from './route.js';

export interface HttpAppOptions extends RouteDependencies {
  routes: RouteDefinition[];
  log: Logger;
  version: string;
  /** The built web app (`dist/web`); when missing, a page says how to build it. */
  webDir: string;
  /** Where platform previews are served (`http://127.0.0.1:*`): the one other origin WebNova frames. */
  previewFrameSource?: string;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const metrics = createMetrics();

  app.use(
    pinoHttp({
      logger: options.log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : newId();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/metrics' || req.url === '/api/health' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Previews live on another origin by design; the factory shows them in an iframe.
          ...(options.previewFrameSource ? { frameSrc: ["'self'", options.previewFrameSource] } : {}),
        },
      },
    }),
  );
  // Before every route and the static files, so each answer can be compressed (event streams excepted).
  app.use(compressResponses());
  app.use(metrics.middleware);
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb', strict: true }));

  app.get('/metrics', metrics.endpoint);
  const openApi = buildOpenApiDocument(options.routes, options.version);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(apiDocsRouter());
  app.use(mountRoutes(options.routes, options));
  app.use('/api', notFoundMiddleware);
  serveWebApp(app, options.webDir);
  app.use(notFoundMiddleware);
  app.use(problemMiddleware(options.log));
  return app;
}

function serveWebApp(app: Express, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  app.use(express.static(webDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|metrics$).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('The WebNova web app is not built yet. Run `npm run build:web` (npm start does it for you).');
      return;
    }
    res.sendFile(index);
  });
}
