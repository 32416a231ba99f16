import { request, type IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatedApiToken } from '../../contracts/index.js';
import { signUpPerson, startTestServer, type SignedUp, type TestServer } from '../testing/index.js';

/** A GET answer as it came over the wire: node's client, unlike fetch, neither asks for nor undoes compression. */
function rawGet(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, resolve).on('error', reject).end();
  });
}

async function bodyOf(response: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The text an open response has delivered so far, and a wait for more of it, while it stays open. */
function textSoFar(response: IncomingMessage) {
  let text = '';
  const waiting: { expected: string; resolve: () => void }[] = [];
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    text += chunk;
    for (const wait of waiting.filter(({ expected }) => text.includes(expected))) wait.resolve();
  });
  return {
    get text() {
      return text;
    },
    arrival: (expected: string) =>
      new Promise<void>((resolve) => {
        if (text.includes(expected)) resolve();
        else waiting.push({ expected, resolve });
      }),
  };
}

// Compression is the HTTP layer's concern, the same on either database: PGlite is enough.
describe('HTTP compression', () => {
  let server: TestServer;
  let alice: SignedUp;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    alice = await signUpPerson(server, 'alice');
  });
  afterAll(() => server.stop());

  it('gzips a JSON answer when the client accepts gzip, and sends it as is when it does not', async () => {
    const gzipped = await rawGet(`${server.url}/api/openapi.json`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    const document = JSON.parse(gunzipSync(await bodyOf(gzipped)).toString('utf8')) as { openapi: string };
    expect(document.openapi).toMatch(/^3\./);

    const plain = await rawGet(`${server.url}/api/openapi.json`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse((await bodyOf(plain)).toString('utf8'))).toEqual(document);
  });

  it('compresses a static asset with brotli or gzip, as asked', async () => {
    const asset = `${server.url}/api/docs/assets/swagger-ui.css`;
    const plain = await bodyOf(await rawGet(asset, {}));
    const brotli = await rawGet(asset, { 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(await bodyOf(brotli)).equals(plain)).toBe(true);
    const gzipped = await rawGet(asset, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(await bodyOf(gzipped)).equals(plain)).toBe(true);
  });

  it('streams server-sent events uncompressed, each as it happens, though the client accepts gzip', async () => {
    const token = CreatedApiToken.parse((await alice.client.post('/api/auth/tokens', { name: 'live' })).body);
    const response = await rawGet(`${server.url}/api/events/live`, {
      accept: 'text/event-stream',
      'accept-encoding': 'gzip, br',
      authorization: `Bearer ${token.token}`,
      'x-tenant-id': alice.tenantId,
    });
    try {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(response.headers['content-encoding']).toBeUndefined();
      const stream = textSoFar(response);
      // A compressor would hold these few bytes back: they would never arrive while the stream is open.
      await stream.arrival('event: ready');
      expect(response.complete).toBe(false);

      const appended = await alice.client.post('/api/events/streams/lead-1', {
        events: [{ type: 'crm.LeadCaptured', data: { name: 'Lina' } }],
      });
      expect(appended.status, appended.text).toBe(201);
      await stream.arrival('crm.LeadCaptured');
      expect(response.complete).toBe(false);
      expect(stream.text).toMatch(/^event: ready\ndata: .*\n\n/);
    } finally {
      response.destroy();
    }
  });
});
