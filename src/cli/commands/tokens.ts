import type { Command } from 'commander';
import { z } from 'zod';
import { ApiToken, CreatedApiToken } from '../../contracts/index.js';
import { describe, integerIn, withContext } from '../command-kit.js';
import { type Column, formatTable, shortTime } from '../output.js';

const tokenColumns: readonly Column<ApiToken>[] = [
  { header: 'id', value: (token) => token.id },
  { header: 'name', value: (token) => token.name },
  { header: 'prefix', value: (token) => token.prefix },
  { header: 'created', value: (token) => shortTime(token.createdAt) },
  { header: 'last used', value: (token) => shortTime(token.lastUsedAt) },
  { header: 'expires', value: (token) => shortTime(token.expiresAt) ?? 'never' },
  { header: 'revoked', value: (token) => shortTime(token.revokedAt) },
];

/** `webnova tokens`: the API tokens of the signed-in user (the CLI's own credentials). */
export function tokensCommands(program: Command): void {
  const tokens = describe(program.command('tokens'), 'List, create and revoke your API tokens.', [
    'webnova tokens create ci --expires-in-days 30',
  ]);

  describe(tokens.command('list'), 'List your API tokens (their secrets are never shown again).', [
    'webnova tokens list',
    'webnova tokens list --json',
  ]).action(
    withContext(async ({ client, output }) => {
      const list = await client.get('/api/auth/tokens', z.array(ApiToken));
      output.result(list, (rows) => formatTable(rows, tokenColumns, 'You have no API tokens.'));
    }),
  );

  describe(tokens.command('create'), 'Create an API token and print its secret, once.', [
    'webnova tokens create laptop',
    'webnova tokens create ci --expires-in-days 30 --json',
  ])
    .argument('<name>', 'a name that says where the token is used, e.g. ci or laptop')
    .option(
      '--expires-in-days <days>',
      'let the token expire after this many days (default: never)',
      integerIn(1, 3650),
    )
    .action(
      withContext<{ expiresInDays?: number }>(async ({ args, options, client, output }) => {
        const body = {
          name: args[0],
          ...(options.expiresInDays === undefined ? {} : { expiresInDays: options.expiresInDays }),
        };
        const created = await client.post('/api/auth/tokens', body, CreatedApiToken);
        output.result(
          created,
          (
            token,
          ) => `Token '${token.name}' created (id ${token.id}, expires ${shortTime(token.expiresAt) ?? 'never'}).
Its secret is shown only this once; keep it secret:
  ${token.token}`,
        );
      }),
    );

  describe(tokens.command('revoke'), 'Revoke an API token: it stops working at once.', [
    'webnova tokens revoke 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70',
  ])
    .argument('<tokenId>', 'the token id (see `webnova tokens list`)')
    .action(
      withContext(async ({ args, client, output }) => {
        const tokenId = args[0] ?? '';
        await client.delete(`/api/auth/tokens/${encodeURIComponent(tokenId)}`);
        output.result({ revoked: tokenId }, () => `Token ${tokenId} revoked.`);
      }),
    );
}
