import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { AppError, type FieldProblem } from '../../../kernel/index.js';

/** Schemas are bounded like the events they check: a schema is configuration, not content. */
export const MAX_SCHEMA_BYTES = 64 * 1024;
const MAX_PROBLEMS = 20;
const CACHE_SIZE = 500;

// Compiled validators keyed by the schema's text: compiling is far slower than validating, and appends
// of one type reuse one schema. Each schema gets an Ajv instance of its own, so a `$id` or `$ref` in one
// tenant's schema can never resolve to another tenant's.
const compiled = new Map<string, ValidateFunction>();

/**
 * Compiles a tenant's JSON Schema (draft-07), or refuses it with a 400 saying why. References to other documents cannot be resolved here,
 * so a schema must be self-contained.
 */
export function compileTenantSchema(schema: Record<string, unknown>): ValidateFunction {
  const text = JSON.stringify(schema);
  const cached = compiled.get(text);
  if (cached) return cached;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SCHEMA_BYTES)
    throw new AppError('validation_failed', `The schema is ${bytes} bytes; the limit is 64 KB`);
  // Unknown keywords are refused (a typo such as `requird` would otherwise check nothing); the stricter
  // style rules (every required property also under `properties`, …) would refuse valid schemas.
  // `format` is an annotation here, unchecked, as later drafts make it by default.
  const ajv = new Ajv({
    strict: false,
    strictSchema: true,
    strictNumbers: true,
    allErrors: true,
    validateFormats: false,
    logger: false,
  });
  // Patterns would run a tenant's regular expressions on the server's event loop, where one written
  // for catastrophic backtracking stalls every tenant. Without these keywords, strict mode refuses them.
  ajv.removeKeyword('pattern').removeKeyword('patternProperties');
  if (!ajv.validateSchema(schema)) {
    throw new AppError('validation_failed', 'The body is not a valid JSON Schema (draft-07)', {
      fieldProblems: problemsOf(ajv.errors ?? [], 'body'),
      hint: 'See https://json-schema.org/draft-07 for the keywords and their shapes.',
    });
  }
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    throw new AppError(
      'validation_failed',
      `The JSON Schema cannot be used: ${error instanceof Error ? error.message : String(error)}`,
      {
        hint: 'Use only draft-07 keywords except pattern and patternProperties (regular expressions are not run for tenants), and keep every $ref inside the schema itself.',
      },
    );
  }
  if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
  compiled.set(text, validate);
  return validate;
}

/** Problems of one event's data against its tenant schema, with paths like `events.0.data.name`. */
export function schemaProblems(schema: Record<string, unknown>, data: unknown, at: string): FieldProblem[] {
  const validate = compileTenantSchema(schema);
  return validate(data) ? [] : problemsOf(validate.errors ?? [], at);
}

function problemsOf(errors: readonly ErrorObject[], at: string): FieldProblem[] {
  return errors.slice(0, MAX_PROBLEMS).map((error) => {
    const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
    // A missing or surplus property is reported on its parent; name the property itself.
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const named = params.missingProperty ?? params.additionalProperty;
    if (named !== undefined) segments.push(named);
    return { path: [at, ...segments].join('.'), message: error.message ?? 'is not valid' };
  });
}

const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
