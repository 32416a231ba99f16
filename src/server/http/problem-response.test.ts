import express from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/index.js';
import { problemMiddleware } from './problem-response.js';

async function answer(thrown: unknown) {
  const app = express();
  app.use((req, _res, next) => {
    req.id = 'req-1';
    next();
  });
  app.get('/', () => {
    throw thrown;
  });
  app.use(problemMiddleware(pino({ level: 'silent' })));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const response = await fetch(`http://127.0.0.1:${port}/`);
  const body = (await response.json()) as Record<string, unknown>;
  server.close();
  return { status: response.status, type: response.headers.get('content-type'), body };
}

describe('problem responses', () => {
  it('turns an unexpected error into a 500 with a request id and nothing of the stack', async () => {
    const { status, type, body } = await answer(new Error('connection string postgres://secret@db leaked'));
    expect(status).toBe(500);
    expect(type).toContain('application/problem+json');
    expect(body).toMatchObject({ code: 'internal', requestId: 'req-1' });
    expect(JSON.stringify(body)).not.toMatch(/secret|at .*\.ts/);
  });

  it('maps each AppError code to its status and keeps the hint and field problems', async () => {
    const error = new AppError('validation_failed', 'bad', {
      hint: 'fix it',
      fieldProblems: [{ path: 'body.email', message: 'must be an email' }],
    });
    const { status, body } = await answer(error);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      hint: 'fix it',
      errors: [{ path: 'body.email', message: 'must be an email' }],
    });
  });

  it('reports a database that stopped answering as 503, not 500', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { status, body } = await answer(new Error('Failed query', { cause: refused }));
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'unavailable' });
  });
});
