import { z } from 'zod';

/** Ids are UUIDs (v7 for ours). A malformed id is a 400, never a database error. */
export const Id = z.uuid({ error: 'must be a UUID, e.g. 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70' });

export const Timestamp = z.iso.datetime({ offset: true });

export const Email = z
  .email({ error: 'must be an email address such as name@example.com' })
  .max(254)
  .transform((email) => email.trim().toLowerCase());

/** Passwords: long enough to resist guessing; bounded so hashing cannot be abused. */
export const Password = z
  .string()
  .min(10, { error: 'must be at least 10 characters' })
  .max(256, { error: 'must be at most 256 characters' });

export const Locale = z.enum(['en', 'ar']);
export type Locale = z.infer<typeof Locale>;

export const Pagination = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

export const EmptyParams = z.strictObject({});
export const EmptyQuery = z.strictObject({});
export const EmptyBody = z.strictObject({}).optional();

export const Ok = z.strictObject({ ok: z.literal(true) });
