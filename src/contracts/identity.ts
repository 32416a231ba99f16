import { z } from 'zod';
import { Email, Id, Locale, Password, Timestamp } from './common.js';
import { TenantSummary } from './tenancy.js';

export const SignUpRequest = z.strictObject({
  email: Email,
  password: Password,
  displayName: z.string().trim().min(1).max(120),
  /** Needed for the first account when it is not created from the server's own machine. */
  setupToken: z.string().min(1).max(200).optional(),
});

export const LogInRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(256),
});

export const CreateOwnerRequest = z.strictObject({
  email: Email,
  password: Password,
  displayName: z.string().trim().min(1).max(120).optional(),
  setupToken: z.string().min(1).max(200).optional(),
});

export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  isRootOwner: z.boolean(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

/** What the web app needs after login: who, which tenants, and the CSRF token for writes. */
export const SessionInfo = z.object({
  user: User,
  tenants: z.array(TenantSummary),
  csrfToken: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const UpdateProfileRequest = z
  .strictObject({
    displayName: z.string().trim().min(1).max(120).optional(),
    locale: Locale.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'send displayName or locale' });

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  expiresAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenRequest = z.strictObject({
  name: z.string().trim().min(1).max(80),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

/** The only time a token's secret is shown. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const OwnerCreated = z.object({ user: User, token: z.string(), tenant: TenantSummary });
export type OwnerCreated = z.infer<typeof OwnerCreated>;

export const SetupStatus = z.object({ ownerExists: z.boolean() });

export const ApiTokenParams = z.strictObject({ tokenId: Id });
