import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { clinicBlueprint } from './examples/clinic.js';
import { BLUEPRINT_JSON_SCHEMA_ID, blueprintJsonSchema } from './json-schema.js';

describe('blueprintJsonSchema', () => {
  const schema = blueprintJsonSchema();
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it('is a titled draft 2020-12 document with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(BLUEPRINT_JSON_SCHEMA_ID);
    expect(schema.title).toBe('WebNova Blueprint');
  });

  it('accepts the clinic example as written, defaults left out', () => {
    expect(validate(clinicBlueprint)).toBe(true);
  });

  it('rejects an unknown field', () => {
    const withUnknown = structuredClone(clinicBlueprint) as Record<string, unknown>;
    withUnknown.colour = 'blue';
    expect(validate(withUnknown)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
  });
});
