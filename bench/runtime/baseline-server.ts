/**
 * The throughput baseline, run as a child process: a minimal hand-written Express 5 server on the generated
 * platform's own PGlite directory (DATA_DIR), serving GET /api/<TABLE> with the same work the generated list
 * route does in SQL: the Bearer token checked against `sessions` by its SHA-256 (joined to `users`, expiry
 * checked), then the first page (20 rows, newest first, id as tie-break) and the total count. It leaves out
 * what the generated code adds on top (ORM, query validation, permission check, field masking, links).
 */
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import express from 'express';

const dataDir = process.env.DATA_DIR;
const table = process.env.TABLE ?? '';
if (!dataDir || !/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error('Set DATA_DIR and TABLE (a table name)');

const client = await PGlite.create(dataDir);
const app = express();
app.disable('x-powered-by');
app.use(express.json());

app.use('/api', async (req, res, next) => {
  const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!token) return void res.status(401).json({ title: 'Sign in first' });
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const { rows } = await client.query(
    `select u.id, u.email, u.name, u.roles from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > $2`,
    [tokenHash, new Date()],
  );
  if (rows.length === 0) return void res.status(401).json({ title: 'Sign in first' });
  next();
});

app.get(`/api/${table}`, async (_req, res) => {
  const page = await client.query(
    `select * from "${table}" order by created_at desc, id asc limit $1 offset $2`,
    [20, 0],
  );
  const counted = await client.query<{ total: number }>(`select count(*)::int as total from "${table}"`);
  res.json({ items: page.rows, total: counted.rows[0]?.total ?? 0, page: 1, pageSize: 20 });
});

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`baseline is running at http://127.0.0.1:${port}`);
});

const shutDown = () => {
  server.close();
  server.closeAllConnections();
  // The PGlite directory must be closed cleanly before the generated platform opens it again.
  void client.close().finally(() => process.exit(0));
};
process.once('SIGTERM', shutDown);
process.once('SIGINT', shutDown);
