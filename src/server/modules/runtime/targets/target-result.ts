/**
 * What every packaging target answers, and the check that the generated project was made for it.
 * @module
 */
import { AppError } from '../../../../kernel/index.js';
import type { ProjectFile } from './write-project.js';

export interface TargetResult {
  /** Absolute directory holding the written project. */
  artifactsDir: string;
  /** What happened and, when `done` is false, what to run elsewhere. */
  message: string;
  /** The image was built (docker) or the manifests were applied (kubernetes). */
  done: boolean;
}

/**
 * The Blueprint decides which deployment files the generator emits, so a missing file means the
 * Blueprint does not list the target: refuse rather than write files it never asked for.
 */
export function requireTargetFile(
  files: readonly ProjectFile[],
  filePath: string,
  target: 'docker' | 'kubernetes',
): ProjectFile {
  const file = files.find((candidate) => candidate.path === filePath);
  if (file !== undefined) return file;
  throw new AppError(
    'unprocessable',
    `The generated project has no ${filePath}: its Blueprint's deployment.targets does not include '${target}'`,
    {
      hint: `Add '${target}' to deployment.targets in the Blueprint (for example "targets": ["local", "${target}"]), save it as a new version and deploy that version.`,
      details: { target, missingFile: filePath },
    },
  );
}
