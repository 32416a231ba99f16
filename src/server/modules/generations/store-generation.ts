import type { GeneratedCodebase } from '../../../codegen/index.js';
import type { VersionAuthor } from '../../../contracts/index.js';
import { newId, sha256Hex } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { storeBlobs } from './blob-store.js';
import type { BlueprintSource, GenerationsDeps } from './deps.js';
import { CodebaseGenerated, GENERATIONS_STREAM_TYPE, generationsStreamOf } from './events.js';
import {
  findGenerationOf,
  insertGeneration,
  insertGenerationFiles,
  type GenerationRow,
} from './generation-repository.js';

export interface NewGeneration {
  source: BlueprintSource;
  codebase: GeneratedCodebase;
  author: VersionAuthor;
}

/**
 * Stores a generated codebase: each file's content once per tenant under its SHA-256, the generation's
 * paths against those hashes, and a `CodebaseGenerated` event, all in the caller's transaction. When the
 * same Blueprint version and generator version were stored meanwhile (two clicks racing), that
 * generation is returned and nothing new is written.
 */
export async function storeGeneration(
  tx: AppTx,
  deps: GenerationsDeps,
  tenantId: string,
  input: NewGeneration,
): Promise<GenerationRow> {
  const { source, codebase, author } = input;
  const at = deps.clock.now();
  const files = codebase.files.map((file) => ({
    path: file.path,
    sha256: sha256Hex(file.content),
    size: Buffer.byteLength(file.content, 'utf8'),
    content: file.content,
  }));
  const generation = await insertGeneration(tx, {
    tenantId,
    id: newId(),
    platformId: source.platformId,
    blueprintVersion: source.version,
    slug: source.blueprint.slug,
    generatorVersion: codebase.generatorVersion,
    contentHash: codebase.contentHash,
    fileCount: files.length,
    totalBytes: files.reduce((sum, file) => sum + file.size, 0),
    createdBy: author.id,
    createdByLabel: author.label,
    createdAt: at,
  });
  if (!generation) {
    const existing = await findGenerationOf(tx, tenantId, {
      platformId: source.platformId,
      blueprintVersion: source.version,
      generatorVersion: codebase.generatorVersion,
    });
    if (!existing) throw new Error('a generation conflicted with one that cannot be found');
    return existing;
  }
  await storeBlobs(tx, tenantId, files, at);
  await insertGenerationFiles(
    tx,
    files.map(({ path, sha256, size }) => ({ tenantId, generationId: generation.id, path, sha256, size })),
  );
  await deps.store.appendIn(
    tx,
    tenantId,
    generationsStreamOf(source.platformId),
    [
      {
        type: CodebaseGenerated.type,
        data: {
          generationId: generation.id,
          platformId: generation.platformId,
          blueprintVersion: generation.blueprintVersion,
          generatorVersion: generation.generatorVersion,
          contentHash: generation.contentHash,
          fileCount: generation.fileCount,
          totalBytes: generation.totalBytes,
          createdBy: author,
        },
      },
    ],
    { expected: 'any', streamType: GENERATIONS_STREAM_TYPE },
  );
  return generation;
}
