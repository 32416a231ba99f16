/**
 * Platforms and their Blueprint versions. Every revision of a platform's Blueprint is a new, immutable,
 * numbered version (1, 2, 3…); one version at a time may be the approved one, the input of code generation.
 * @module
 */
import { z } from 'zod';
import { Description, Inference, ProviderName } from './analysis.js';
import { Blueprint, Domain, RenameHints } from './blueprint.js';
import { Id, Timestamp } from './common.js';

/** A Blueprint version number: 1 for the first draft, then one more per revision. */
export const BlueprintVersionNumber = z.coerce
  .number({ error: 'must be a version number such as 1 or 2' })
  .int({ error: 'must be a whole version number such as 1 or 2' })
  .min(1, { error: 'versions start at 1' })
  .max(1_000_000);

/** A version named in a request body: a JSON number, not coerced (`true` or `"2"` are refused, not guessed at). */
export const RequestedVersion = z
  .number({ error: 'must be a version number such as 1 or 2' })
  .int({ error: 'must be a whole version number such as 1 or 2' })
  .min(1, { error: 'versions start at 1' })
  .max(1_000_000);

/**
 * Where a version came from: a chat message, a hand edit, a restore of an older version, an import, or a
 * fork (the first version of a platform copied from another platform's version).
 */
export const VERSION_SOURCES = ['chat', 'edit', 'restore', 'import', 'fork'] as const;
export const VersionSource = z.enum(VERSION_SOURCES);
export type VersionSource = z.infer<typeof VersionSource>;

export const PlatformSummary = z.object({
  id: Id,
  /** The current version's Blueprint name and slug. */
  name: z.string(),
  slug: z.string(),
  domain: Domain,
  currentVersion: z.number().int(),
  /** `null` until a version is approved. */
  approvedVersion: z.number().int().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PlatformSummary = z.infer<typeof PlatformSummary>;

export const PlatformPage = z.object({
  platforms: z.array(PlatformSummary),
  /** How many platforms match the search in all. */
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type PlatformPage = z.infer<typeof PlatformPage>;

export const PlatformListQuery = z.strictObject({
  /** Finds platforms whose name contains this text (case-insensitive). */
  q: z.string().trim().max(120).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const VersionAuthor = z.object({ id: Id.nullable(), label: z.string() });
export type VersionAuthor = z.infer<typeof VersionAuthor>;

export const BlueprintVersionSummary = z.object({
  platformId: Id,
  version: z.number().int(),
  /** The version this one revised; `null` for the first. */
  basedOn: z.number().int().nullable(),
  source: VersionSource,
  author: VersionAuthor,
  createdAt: Timestamp,
  approved: z.boolean(),
});
export type BlueprintVersionSummary = z.infer<typeof BlueprintVersionSummary>;

export const BlueprintVersionDetail = BlueprintVersionSummary.extend({
  blueprint: Blueprint,
  /** The renames declared with this version, used when diffing it against the version before. */
  renames: RenameHints,
});
export type BlueprintVersionDetail = z.infer<typeof BlueprintVersionDetail>;

export const PlatformParams = z.strictObject({ platformId: Id });
export const PlatformVersionParams = z.strictObject({ platformId: Id, version: BlueprintVersionNumber });

/**
 * A hand edit: the whole Blueprint as the person wants it, and the version it was edited from. The
 * Blueprint is checked by `validateBlueprint`, so its problems come back as a 422 with paths and
 * suggestions rather than as a 400.
 */
export const ReviseBlueprintRequest = z.strictObject({
  blueprint: z
    .record(z.string(), z.unknown())
    .meta({ description: 'A whole Blueprint (see the Blueprint contract); checked by validateBlueprint' }),
  basedOn: BlueprintVersionNumber,
  renames: RenameHints.optional(),
});
export type ReviseBlueprintRequest = z.infer<typeof ReviseBlueprintRequest>;

export const DiffQuery = z.strictObject({ from: BlueprintVersionNumber, to: BlueprintVersionNumber });

export const CreatePlatformRequest = z.strictObject({
  description: Description,
  /** Which AI provider analyzes the description; the server's default when left out. */
  provider: ProviderName.optional(),
});
export type CreatePlatformRequest = z.infer<typeof CreatePlatformRequest>;

/** The platform version a fork was copied from. */
export const ForkOrigin = z.object({ platformId: Id, version: z.number().int() });
export type ForkOrigin = z.infer<typeof ForkOrigin>;

/**
 * Forking a version into a new platform: its version 1 is that version's Blueprint, under `name` when one
 * is given (the platform's name as shown; the slug stays the version's).
 */
export const ForkPlatformRequest = z.strictObject({
  version: RequestedVersion,
  name: z
    .string({ error: "must be the new platform's name, as text" })
    .trim()
    .min(1, { error: "must not be empty: leave `name` out to keep the version's name" })
    .max(120, { error: 'must be at most 120 characters' })
    .optional(),
});
export type ForkPlatformRequest = z.infer<typeof ForkPlatformRequest>;

export const ForkPlatformResponse = z.object({
  platform: PlatformSummary,
  version: BlueprintVersionDetail,
  forkedFrom: ForkOrigin,
});
export type ForkPlatformResponse = z.infer<typeof ForkPlatformResponse>;

/** How a provider understood a description or a message. */
export const AnalysisView = z.object({
  summary: z.string(),
  inferences: z.array(Inference),
  openQuestions: z.array(z.string()),
  provider: ProviderName,
  model: z.string().nullable(),
});
export type AnalysisView = z.infer<typeof AnalysisView>;

export const CreatePlatformResponse = z.object({
  platform: PlatformSummary,
  version: BlueprintVersionDetail,
  analysis: AnalysisView,
  /** The chat session that holds the description and the reply; continue the conversation there. */
  sessionId: Id,
});
export type CreatePlatformResponse = z.infer<typeof CreatePlatformResponse>;
