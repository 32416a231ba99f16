import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../../../blueprint/index.js';
import { clinicBlueprint } from '../../../../blueprint/examples/clinic.js';
import { generateCodebase } from '../../../../codegen/index.js';
import { runCommand } from './command-runner.js';
import { packageForDocker } from './docker-target.js';
import { temporaryParent } from './test-support.js';

// This machine has no Docker engine; where one answers, building the image here would be slow and is
// not what this test is about.
const engine = await runCommand('docker', ['info', '--format', '{{.ServerVersion}}'], {
  cwd: process.cwd(),
  timeoutMs: 20_000,
});
const engineAnswers = !engine.notFound && engine.exitCode === 0;

describe.skipIf(engineAnswers)('packageForDocker on a machine without a Docker engine', () => {
  const temp = temporaryParent('docker-real');
  afterAll(() => temp.remove());

  it('writes the generated project and says no engine is reachable', async () => {
    const validation = validateBlueprint(clinicBlueprint);
    if (!validation.ok) throw new Error('the clinic example must be valid');
    const { files } = generateCodebase(validation.blueprint);

    const result = await packageForDocker({ files, dir: temp.projectDir, imageTag: 'clinic:1' });

    expect(result.done).toBe(false);
    expect(result.message).toContain('no Docker engine is reachable here (docker info: ');
    expect(result.message).toContain(`docker build -t clinic:1 ${temp.projectDir}`);
    expect(existsSync(path.join(temp.projectDir, 'Dockerfile'))).toBe(true);
    expect(existsSync(path.join(temp.projectDir, 'deploy', 'kubernetes.yaml'))).toBe(true);
  });
});
