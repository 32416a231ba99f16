import { describe, expect, it } from 'vitest';
import { validateKubernetesManifests } from './kubernetes-manifests.js';

const deployment = (spec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${spec}`;
const VALID_SPEC = `  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: web:1
`;

describe('validateKubernetesManifests', () => {
  it('accepts valid resources and skips documents that hold only comments', () => {
    const text = `# just a comment\n---\n${deployment(VALID_SPEC)}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      targetPort: 3000\n`;

    expect(validateKubernetesManifests(text)).toEqual([
      { kind: 'Deployment', name: 'web', problems: [] },
      { kind: 'Service', name: 'web', problems: [] },
    ]);
  });

  it('reports a field of the wrong type with its path', () => {
    const [report] = validateKubernetesManifests(deployment(`  replicas: two\n${VALID_SPEC}`));

    expect(report).toEqual({ kind: 'Deployment', name: 'web', problems: ['/spec/replicas must be integer'] });
  });

  it('reports a missing required field', () => {
    const [report] = validateKubernetesManifests(
      deployment(`  template:\n    spec:\n      containers: []\n`),
    );

    expect(report?.problems).toEqual(['/spec must have required property selector']);
  });

  it('reports a container without an image, which the API server requires', () => {
    const [report] = validateKubernetesManifests(
      deployment(VALID_SPEC.replace('          image: web:1\n', '')),
    );

    expect(report?.problems).toEqual(['/spec/template/spec/containers/0/image is required']);
  });

  it('reports a selector that does not select its own pods', () => {
    const [report] = validateKubernetesManifests(
      deployment(VALID_SPEC.replace('labels: { app: web }', 'labels: { app: api }')),
    );

    expect(report?.problems).toEqual([
      '/spec/selector/matchLabels does not match /spec/template/metadata/labels (app=web)',
    ]);
  });

  it('reports an unknown kind and an unknown apiVersion of a known kind', () => {
    const reports = validateKubernetesManifests(
      'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n---\napiVersion: v2\nkind: Service\nmetadata: {name: s}\n',
    );

    expect(reports.map((report) => report.problems[0])).toEqual([
      expect.stringContaining('Widget of apiVersion example.com/v1 is not a kind WebNova can check'),
      expect.stringContaining('Service of apiVersion v2 is not a kind WebNova can check'),
    ]);
  });

  it('reports YAML syntax errors, a missing kind and a missing name by document number', () => {
    const reports = validateKubernetesManifests(
      'apiVersion: v1\nkind: ConfigMap\n---\nmetadata: {name: x}\n---\nkey: [unclosed\n',
    );

    expect(reports).toEqual([
      { kind: 'ConfigMap', name: 'document 1', problems: ['/metadata/name is required'] },
      { kind: '', name: 'x', problems: ['apiVersion and kind are required'] },
      { kind: '', name: 'document 3', problems: [expect.stringMatching(/^YAML: /)] },
    ]);
  });
});
