import { z } from 'zod';
import { BlueprintVersionNumber, Id, VersionAuthor } from '../../../contracts/index.js';
import { defineEvent } from '../events/index.js';

// Generations of one platform are recorded on a stream of their own, `generations-<platformId>`, rather
// than on the platform's stream: the platform stream's expected version guards Blueprint revisions, and
// a generation must neither wait for nor invalidate a revision in flight.

export const generationsStreamOf = (platformId: string): string => `generations-${platformId}`;
export const GENERATIONS_STREAM_TYPE = 'generations';

export const CodebaseGenerated = defineEvent(
  'CodebaseGenerated',
  z.strictObject({
    generationId: Id,
    platformId: Id,
    blueprintVersion: BlueprintVersionNumber,
    generatorVersion: z.string(),
    contentHash: z.string(),
    fileCount: z.number().int().min(0),
    totalBytes: z.number().int().min(0),
    createdBy: VersionAuthor,
  }),
);

export type CodebaseGeneratedData = z.output<typeof CodebaseGenerated.schema>;

export const generationEventContracts = [CodebaseGenerated];
