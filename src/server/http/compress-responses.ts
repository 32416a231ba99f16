import compression from 'compression';
import type { RequestHandler, Response } from 'express';

/**
 * gzip or brotli, as the client's Accept-Encoding asks, for the web app's assets and the JSON answers.
 * Server-sent events are left alone: a compressor holds bytes back until it has enough to squeeze, so a
 * stream's events would arrive late and in bursts. (They also say `Cache-Control: no-transform`, which
 * the middleware honours; this filter does not depend on it.)
 */
export function compressResponses(): RequestHandler {
  return compression({ filter: (req, res) => !isEventStream(res) && compression.filter(req, res) });
}

function isEventStream(res: Response): boolean {
  const type = res.getHeader('Content-Type');
  return typeof type === 'string' && type.toLowerCase().startsWith('text/event-stream');
}
