import { z } from 'zod';
import {
  Blueprint,
  BlueprintVersionNumber,
  Id,
  MAX_DESCRIPTION_LENGTH,
  RenameHints,
  VersionAuthor,
  VersionSource,
} from '../../../contracts/index.js';
import { defineEvent } from '../events/index.js';

// The events of one platform's stream, `platform-<id>`. Each carries the platform id so that a reader of
// the whole log needs no stream-name parsing. Versions are numbered per platform: 1 is the draft, and
// every revision (chat, edit, restore, import) is the next number, with the whole Blueprint.

export const platformStreamOf = (platformId: string): string => `platform-${platformId}`;
export const PLATFORM_STREAM_TYPE = 'platform';

export const PlatformCreated = defineEvent(
  'PlatformCreated',
  z.strictObject({
    platformId: Id,
    description: z.string().max(MAX_DESCRIPTION_LENGTH),
    createdBy: VersionAuthor,
    /** Set when the platform was forked: the platform and version its first Blueprint was copied from. */
    forkedFrom: z.strictObject({ platformId: Id, version: BlueprintVersionNumber }).optional(),
  }),
);

export const BlueprintDrafted = defineEvent(
  'BlueprintDrafted',
  z.strictObject({
    platformId: Id,
    version: z.literal(1),
    blueprint: Blueprint,
    source: VersionSource,
    author: VersionAuthor,
  }),
);

export const BlueprintRevised = defineEvent(
  'BlueprintRevised',
  z.strictObject({
    platformId: Id,
    version: BlueprintVersionNumber.min(2),
    basedOn: BlueprintVersionNumber,
    blueprint: Blueprint,
    source: VersionSource,
    renames: RenameHints,
    author: VersionAuthor,
  }),
);

export const BlueprintApproved = defineEvent(
  'BlueprintApproved',
  z.strictObject({ platformId: Id, version: BlueprintVersionNumber, by: VersionAuthor }),
);

export type PlatformCreatedData = z.output<typeof PlatformCreated.schema>;
export type BlueprintDraftedData = z.output<typeof BlueprintDrafted.schema>;
export type BlueprintRevisedData = z.output<typeof BlueprintRevised.schema>;
export type BlueprintApprovedData = z.output<typeof BlueprintApproved.schema>;

export const blueprintEventContracts = [
  PlatformCreated,
  BlueprintDrafted,
  BlueprintRevised,
  BlueprintApproved,
];
