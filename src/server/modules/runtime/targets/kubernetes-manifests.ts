/**
 * Checking a multi-document Kubernetes YAML file before anything is applied: YAML syntax, each resource
 * against its kind's schema, and the few API-server rules the schemas leave out.
 * @module
 */
import { parseAllDocuments } from 'yaml';
import { apiServerProblems } from './api-server-rules.js';
import { knownKubernetesTypes, validateAgainstSchema } from './kubernetes-kinds.js';

export interface ManifestReport {
  /** The resource's kind, or '' when the document has none. */
  kind: string;
  /** metadata.name, or `document <n>` when the document has none. */
  name: string;
  /** Empty when the resource would be accepted. */
  problems: string[];
}

/**
 * One report per YAML document that holds a resource (documents that are only comments are skipped).
 * The schema check stops at a resource's first schema problem, as the models do.
 * @example validateKubernetesManifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n')
 * // [{ kind: 'ConfigMap', name: 'c', problems: [] }]
 */
export function validateKubernetesManifests(yamlText: string): ManifestReport[] {
  const reports: ManifestReport[] = [];
  parseAllDocuments(yamlText).forEach((document, index) => {
    const fallbackName = `document ${index + 1}`;
    if (document.errors.length > 0) {
      const problems = document.errors.map((error) => `YAML: ${error.message.split('\n')[0] ?? ''}`);
      reports.push({ kind: '', name: fallbackName, problems });
      return;
    }
    const value: unknown = document.toJS();
    if (value === null || value === undefined) return;
    reports.push(checkResource(value, fallbackName));
  });
  return reports;
}

function checkResource(value: unknown, fallbackName: string): ManifestReport {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: '', name: fallbackName, problems: ['a resource must be a YAML mapping'] };
  const manifest = value as Record<string, unknown>;
  const { apiVersion, kind } = manifest;
  const metadata = manifest['metadata'];
  const metadataName =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>)['name']
      : undefined;
  const name = typeof metadataName === 'string' && metadataName !== '' ? metadataName : fallbackName;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string')
    return {
      kind: typeof kind === 'string' ? kind : '',
      name,
      problems: ['apiVersion and kind are required'],
    };
  const schemaProblem = schemaProblemOf(apiVersion, kind, manifest);
  if (schemaProblem !== undefined) return { kind, name, problems: [schemaProblem] };
  return { kind, name, problems: apiServerProblems(kind, manifest) };
}

function schemaProblemOf(apiVersion: string, kind: string, manifest: object): string | undefined {
  try {
    if (validateAgainstSchema(apiVersion, kind, manifest)) return undefined;
    return `${kind} of apiVersion ${apiVersion} is not a kind WebNova can check (known: ${knownKubernetesTypes().join(', ')})`;
  } catch (error) {
    return describeSchemaError(error);
  }
}

/** The models throw an Ajv-backed ValidationError; its `errors` say where, its message is the fallback. */
function describeSchemaError(error: unknown): string {
  const details = (error as { errors?: unknown }).errors;
  if (Array.isArray(details) && details.length > 0) {
    return details.map(describeAjvError).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

function describeAjvError(detail: unknown): string {
  const { instancePath, message, params } = detail as {
    instancePath?: string;
    message?: string;
    params?: Record<string, unknown>;
  };
  const where = instancePath === undefined || instancePath === '' ? '/' : instancePath;
  const allowed = params?.['allowedValues'];
  const suffix = Array.isArray(allowed) ? ` (${allowed.map(String).join(', ')})` : '';
  return `${where} ${message ?? 'is invalid'}${suffix}`;
}
