import type { Member } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { listMemberships } from './membership-repository.js';
import type { UserDirectory } from './user-directory.js';
import { toMember } from './views.js';

export async function listMembers(tx: AppTx, users: UserDirectory, tenantId: string): Promise<Member[]> {
  const rows = await listMemberships(tx, tenantId);
  if (rows.length === 0) return [];
  const people = new Map(
    (
      await users.findByIds(
        tx,
        rows.map((row) => row.userId),
      )
    ).map((u) => [u.id, u]),
  );
  return rows.map((row) => toMember(row, people.get(row.userId)));
}
