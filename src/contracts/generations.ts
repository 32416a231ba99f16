/**
 * Generations: the code generated from one Blueprint version, stored content-addressed, browsable file
 * by file and downloadable as a zip.
 * @module
 */
import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { RequestedVersion, VersionAuthor } from './platforms.js';

/** Paths longer than this are not something the generator writes. */
const MAX_PATH_LENGTH = 1024;

/**
 * A path inside a generated project, as the generator writes it: relative, `/`-separated, with no
 * `.` or `..` segments, so it can never name a file outside the project.
 */
export const GeneratedFilePath = z
  .string({ error: 'must be a file path such as README.md or src/server/app.ts' })
  .min(1, { error: 'must name a file, e.g. README.md' })
  .max(MAX_PATH_LENGTH, { error: `must be at most ${MAX_PATH_LENGTH} characters` })
  .refine((path) => !path.includes('\\') && !path.includes('\0'), {
    error: 'must use / between folders and contain no backslash or NUL',
  })
  .refine((path) => !path.startsWith('/') && !/^[A-Za-z]:/.test(path), {
    error: 'must be relative to the project root, without a leading / or drive letter',
  })
  .refine(
    (path) => path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
    {
      error: 'must not contain empty, . or .. segments: name the file from the project root',
    },
  );

export const GenerationParams = z.strictObject({ platformId: Id, generationId: Id });

export const GenerateCodebaseRequest = z.strictObject({
  /** The Blueprint version to generate; the platform's current version when left out. */
  version: RequestedVersion.optional(),
});
export type GenerateCodebaseRequest = z.infer<typeof GenerateCodebaseRequest>;

export const GenerationSummary = z.object({
  id: Id,
  platformId: Id,
  /** The Blueprint version the code was generated from. */
  blueprintVersion: z.number().int(),
  /** The generated Blueprint's slug: the zip is `<slug>-v<blueprintVersion>.zip`, its files under `<slug>/`. */
  slug: z.string(),
  /** The code generator's version: the same Blueprint version and generator version give the same files. */
  generatorVersion: z.string(),
  /** SHA-256 (hex) over every path and content, as `generateCodebase` computes it. */
  contentHash: z.string(),
  fileCount: z.number().int(),
  /** The files' total size in bytes (UTF-8). */
  totalBytes: z.number().int(),
  createdBy: VersionAuthor,
  createdAt: Timestamp,
});
export type GenerationSummary = z.infer<typeof GenerationSummary>;

export const GeneratedFileEntry = z.object({ path: GeneratedFilePath, size: z.number().int() });
export type GeneratedFileEntry = z.infer<typeof GeneratedFileEntry>;

/**
 * A generation with its file tree as a flat list sorted by path. A UI builds the folders by splitting
 * each path on `/`: every folder is a prefix of some file's path, so no folder is empty or missing.
 */
export const GenerationDetail = GenerationSummary.extend({ files: z.array(GeneratedFileEntry) });
export type GenerationDetail = z.infer<typeof GenerationDetail>;

export const GeneratedFileQuery = z.strictObject({ path: GeneratedFilePath });

export const GeneratedFileContent = z.object({
  path: GeneratedFilePath,
  size: z.number().int(),
  /** The whole file as text (generated files are UTF-8 text). */
  content: z.string(),
});
export type GeneratedFileContent = z.infer<typeof GeneratedFileContent>;
