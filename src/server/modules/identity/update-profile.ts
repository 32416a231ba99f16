import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateProfileRequest, User } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { users } from './schema.js';
import { toUser } from './user-records.js';

export async function updateProfile(
  tx: AppTx,
  userId: string,
  changes: z.output<typeof UpdateProfileRequest>,
): Promise<User> {
  const [row] = await tx
    .update(users)
    .set({
      ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    })
    .where(eq(users.id, userId))
    .returning();
  if (!row) throw new AppError('unauthenticated', 'Your account no longer exists');
  return toUser(row);
}
