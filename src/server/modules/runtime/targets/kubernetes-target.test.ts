import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../kernel/index.js';
import { packageForKubernetes } from './kubernetes-target.js';
import { failed, fakeRunner, NOT_FOUND, succeeded, temporaryParent } from './test-support.js';

const MANIFESTS = `# header comment
apiVersion: v1
kind: ConfigMap
metadata:
  name: clinic-config
data:
  PORT: '3000'
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: clinic
spec:
  replicas: 1
  selector:
    matchLabels: { app: clinic }
  template:
    metadata:
      labels: { app: clinic }
    spec:
      containers:
        - name: app
          image: clinic:latest
`;
const files = (manifests = MANIFESTS) => [
  { path: 'Dockerfile', content: 'FROM node:20\n' },
  { path: 'deploy/kubernetes.yaml', content: manifests },
];

describe('packageForKubernetes', () => {
  let temp: ReturnType<typeof temporaryParent>;
  beforeEach(() => {
    temp = temporaryParent('kubernetes');
    vi.stubEnv('KUBECONFIG', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    temp.remove();
  });

  it('writes and checks the manifests, and says what to run when no kubeconfig is configured', async () => {
    const { run, calls } = fakeRunner(() => succeeded());

    const result = await packageForKubernetes({ files: files(), dir: temp.projectDir, run });

    expect(result.done).toBe(false);
    expect(result.message).toContain('checked against the Kubernetes schemas');
    expect(result.message).toContain('no kubeconfig is configured here');
    expect(result.message).toContain(
      `kubectl apply -f ${path.join(temp.projectDir, 'deploy/kubernetes.yaml')}`,
    );
    expect(calls).toEqual([]);
    expect(readFileSync(path.join(temp.projectDir, 'deploy/kubernetes.yaml'), 'utf8')).toBe(MANIFESTS);
  });

  it('says kubectl is missing when a kubeconfig is given but kubectl is not installed', async () => {
    const { run } = fakeRunner(() => NOT_FOUND);

    const result = await packageForKubernetes({
      files: files(),
      dir: temp.projectDir,
      kubeconfig: '/etc/kube/config',
      run,
    });

    expect(result.done).toBe(false);
    expect(result.message).toContain('kubectl is not installed here, so nothing was applied');
    expect(result.message).toContain('kubectl apply -f');
  });

  it('applies the manifests with the given kubeconfig from inside the project', async () => {
    const { run, calls } = fakeRunner(() =>
      succeeded('configmap/clinic-config created\ndeployment.apps/clinic created\n'),
    );

    const result = await packageForKubernetes({
      files: files(),
      dir: temp.projectDir,
      kubeconfig: '/etc/kube/config',
      run,
    });

    expect(result.done).toBe(true);
    expect(result.message).toContain('deployment.apps/clinic created');
    expect(calls).toEqual([
      {
        command: 'kubectl',
        args: ['apply', '--kubeconfig', '/etc/kube/config', '-f', 'deploy/kubernetes.yaml'],
        cwd: temp.projectDir,
      },
    ]);
  });

  it('falls back to the KUBECONFIG environment variable', async () => {
    vi.stubEnv('KUBECONFIG', '/home/ops/.kube/prod');
    const { run, calls } = fakeRunner(() => succeeded());

    await packageForKubernetes({ files: files(), dir: temp.projectDir, run });

    expect(calls[0]?.args).toEqual([
      'apply',
      '--kubeconfig',
      '/home/ops/.kube/prod',
      '-f',
      'deploy/kubernetes.yaml',
    ]);
  });

  it('reports the tail of kubectl output when apply fails', async () => {
    const { run } = fakeRunner(() =>
      failed('error: unable to recognize "deploy/kubernetes.yaml": Unauthorized\n'),
    );

    const result = await packageForKubernetes({
      files: files(),
      dir: temp.projectDir,
      kubeconfig: '/k',
      run,
    });

    expect(result.done).toBe(false);
    expect(result.message).toContain('failed (exit code 1)');
    expect(result.message).toContain('Unauthorized');
  });

  it('refuses manifests Kubernetes would reject, listing each problem, before writing anything', async () => {
    const broken = MANIFESTS.replace('replicas: 1', 'replicas: "two"');
    const { run, calls } = fakeRunner(() => succeeded());

    const attempt = packageForKubernetes({
      files: files(broken),
      dir: temp.projectDir,
      kubeconfig: '/k',
      run,
    });

    await expect(attempt).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'unprocessable' &&
        error.message.includes('Deployment clinic: /spec/replicas must be integer'),
    );
    expect(calls).toEqual([]);
    expect(existsSync(temp.projectDir)).toBe(false);
  });

  it('refuses a manifests file without any resource', async () => {
    const attempt = packageForKubernetes({
      files: files('# nothing\n'),
      dir: temp.projectDir,
      run: fakeRunner(() => succeeded()).run,
    });

    await expect(attempt).rejects.toThrow('holds no Kubernetes resources');
  });

  it('refuses a project generated without the kubernetes target', async () => {
    const attempt = packageForKubernetes({
      files: [{ path: 'Dockerfile', content: 'FROM node:20\n' }],
      dir: temp.projectDir,
      run: fakeRunner(() => succeeded()).run,
    });

    await expect(attempt).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'unprocessable' &&
        error.message.includes("deployment.targets does not include 'kubernetes'") &&
        (error.hint ?? '').includes("Add 'kubernetes' to deployment.targets"),
    );
  });
});
