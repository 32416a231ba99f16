import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../kernel/index.js';
import { packageForDocker } from './docker-target.js';
import { failed, fakeRunner, NOT_FOUND, succeeded, temporaryParent } from './test-support.js';

const files = [
  { path: 'Dockerfile', content: 'FROM node:20-bookworm-slim\n' },
  { path: '.dockerignore', content: 'node_modules\n' },
  { path: 'src/server/main.ts', content: 'console.log(1);\n' },
];
const UNREACHABLE =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

describe('packageForDocker', () => {
  let temp: ReturnType<typeof temporaryParent>;
  beforeEach(() => {
    temp = temporaryParent('docker');
  });
  afterEach(() => temp.remove());

  it('writes the project and says how to build it when no engine answers docker info', async () => {
    const { run, calls } = fakeRunner(() => failed(`Client:\n Version: 27\n\nServer:\n${UNREACHABLE}\n`));

    const result = await packageForDocker({ files, dir: temp.projectDir, imageTag: 'clinic:3', run });

    expect(result.done).toBe(false);
    expect(result.artifactsDir).toBe(temp.projectDir);
    expect(result.message).toContain(`Docker files written to ${temp.projectDir}`);
    expect(result.message).toContain(`no Docker engine is reachable here (docker info: ${UNREACHABLE})`);
    expect(result.message).toContain(
      `Run \`docker build -t clinic:3 ${temp.projectDir}\` where an engine runs.`,
    );
    expect(calls.map((call) => call.args[0])).toEqual(['info']);
    expect(readFileSync(path.join(temp.projectDir, 'src/server/main.ts'), 'utf8')).toBe('console.log(1);\n');
  });

  it('says the docker command is missing when it is not installed', async () => {
    const { run } = fakeRunner(() => NOT_FOUND);

    const result = await packageForDocker({ files, dir: temp.projectDir, imageTag: 'clinic', run });

    expect(result.done).toBe(false);
    expect(result.message).toContain('docker info: the docker command is not installed');
    expect(existsSync(path.join(temp.projectDir, 'Dockerfile'))).toBe(true);
  });

  it('builds the image with the tag inside the project directory when an engine is reachable', async () => {
    const { run, calls } = fakeRunner((_command, args) =>
      args[0] === 'info' ? succeeded('27.3.1\n') : succeeded('Successfully tagged clinic:3\n'),
    );

    const result = await packageForDocker({ files, dir: temp.projectDir, imageTag: 'clinic:3', run });

    expect(result).toEqual({
      artifactsDir: temp.projectDir,
      done: true,
      message: `Built the Docker image clinic:3 from ${temp.projectDir}.`,
    });
    expect(calls[1]).toEqual({
      command: 'docker',
      args: ['build', '-t', 'clinic:3', '.'],
      cwd: temp.projectDir,
    });
  });

  it('reports the tail of the build output when the build fails', async () => {
    const buildLog = `${Array.from({ length: 40 }, (_, i) => `step ${i}`).join('\n')}\nnpm ERR! missing script: build:web\n`;
    const { run } = fakeRunner((_command, args) =>
      args[0] === 'info' ? succeeded('27') : failed(buildLog, 2),
    );

    const result = await packageForDocker({ files, dir: temp.projectDir, imageTag: 'clinic:3', run });

    expect(result.done).toBe(false);
    expect(result.message).toContain('`docker build -t clinic:3 .` failed (exit code 2)');
    expect(result.message).toContain('npm ERR! missing script: build:web');
    expect(result.message).not.toContain('step 0\n');
  });

  it('refuses a project generated without the docker target, writing nothing', async () => {
    const { run, calls } = fakeRunner(() => succeeded());
    const withoutDockerfile = files.filter((file) => file.path !== 'Dockerfile');

    const attempt = packageForDocker({ files: withoutDockerfile, dir: temp.projectDir, imageTag: 'c', run });

    await expect(attempt).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'unprocessable' &&
        error.message.includes("deployment.targets does not include 'docker'") &&
        (error.hint ?? '').includes("Add 'docker' to deployment.targets"),
    );
    expect(calls).toEqual([]);
    expect(existsSync(temp.projectDir)).toBe(false);
  });

  it('refuses an image tag that could be read as an option', async () => {
    const attempt = packageForDocker({
      files,
      dir: temp.projectDir,
      imageTag: '--rm x',
      run: fakeRunner(() => succeeded()).run,
    });

    await expect(attempt).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('replaces an earlier project as a whole and leaves no staging directories behind', async () => {
    const { run } = fakeRunner(() => NOT_FOUND);
    await packageForDocker({
      files: [...files, { path: 'stale.txt', content: 'old' }],
      dir: temp.projectDir,
      imageTag: 'c',
      run,
    });

    await packageForDocker({ files, dir: temp.projectDir, imageTag: 'c', run });

    expect(existsSync(path.join(temp.projectDir, 'stale.txt'))).toBe(false);
    expect(readdirSync(temp.parent)).toEqual(['project']);
  });
});
