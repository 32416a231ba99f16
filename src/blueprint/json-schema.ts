/**
 * The Blueprint contract as a JSON Schema, for editors, external tools and AI providers that take
 * a schema for structured output.
 * @module
 */
import { z } from 'zod';
import { Blueprint, BLUEPRINT_SCHEMA_VERSION } from '../contracts/index.js';

export const BLUEPRINT_JSON_SCHEMA_ID = `urn:webnova:schema:blueprint:${BLUEPRINT_SCHEMA_VERSION}`;

/**
 * A JSON Schema (draft 2020-12) of a Blueprint as written (`io: 'input'`: keys with defaults may be
 * left out). Semantic rules (unique names, relation targets, …) are not expressible in it: run
 * `validateBlueprint` as well.
 */
export function blueprintJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Blueprint, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: BLUEPRINT_JSON_SCHEMA_ID,
    title: 'WebNova Blueprint',
    description: 'The single source of truth for one platform built by WebNova.',
  };
}
