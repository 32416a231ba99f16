/**
 * The `docker` target: writes the generated project (with its Dockerfile) and builds the image when a
 * Docker engine is reachable; otherwise leaves the files and says how to build them elsewhere.
 * @module
 */
import path from 'node:path';
import { AppError } from '../../../../kernel/index.js';
import { outputTail, runCommand, shellWord, type CommandRunner } from './command-runner.js';
import { requireTargetFile, type TargetResult } from './target-result.js';
import { writeProjectAtomically, type ProjectFile } from './write-project.js';

export interface DockerPackagingInput {
  files: readonly ProjectFile[];
  /** Where the project is written; replaced as a whole. */
  dir: string;
  /** e.g. `clinic:3`. */
  imageTag: string;
  run?: CommandRunner;
}

// Only the characters an image reference can hold (Docker judges the finer grammar when it builds), so
// the tag is one word in the command we suggest and never looks like an option.
const IMAGE_REFERENCE = /^[a-z0-9][\w./:@-]{0,254}$/i;
const ENGINE_CHECK_TIMEOUT_MS = 20_000;
// npm install and the web build run inside the image build.
const BUILD_TIMEOUT_MS = 20 * 60_000;

/** Writes the project to `dir` and builds `imageTag` from it when a Docker engine answers. */
export async function packageForDocker(input: DockerPackagingInput): Promise<TargetResult> {
  const run = input.run ?? runCommand;
  const dir = path.resolve(input.dir);
  if (!IMAGE_REFERENCE.test(input.imageTag))
    throw new AppError('bad_request', `${JSON.stringify(input.imageTag)} is not a Docker image tag`, {
      hint: 'Use a name such as clinic or clinic:3 (lower-case name, optional :tag).',
    });
  requireTargetFile(input.files, 'Dockerfile', 'docker');
  await writeProjectAtomically(input.files, dir);
  const buildCommand = `docker build -t ${shellWord(input.imageTag)} ${shellWord(dir)}`;

  const info = await run('docker', ['info', '--format', '{{.ServerVersion}}'], {
    cwd: dir,
    timeoutMs: ENGINE_CHECK_TIMEOUT_MS,
  });
  if (info.notFound || info.exitCode !== 0) {
    const why = info.notFound ? 'the docker command is not installed' : outputTail(info.output, 1, 400);
    return {
      artifactsDir: dir,
      done: false,
      message: `Docker files written to ${dir}; no Docker engine is reachable here (docker info: ${why || `exit code ${String(info.exitCode)}`}), so no image was built. Run \`${buildCommand}\` where an engine runs.`,
    };
  }

  const build = await run('docker', ['build', '-t', input.imageTag, '.'], {
    cwd: dir,
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  if (build.exitCode === 0)
    return {
      artifactsDir: dir,
      done: true,
      message: `Built the Docker image ${input.imageTag} from ${dir}.`,
    };
  return {
    artifactsDir: dir,
    done: false,
    message: `Docker files written to ${dir}, but \`docker build -t ${shellWord(input.imageTag)} .\` failed (exit code ${String(build.exitCode)}):\n${outputTail(build.output)}`,
  };
}
