/**
 * `npm run bench:codegen`: how long the code generator takes for Blueprints of 5, 20 and 100 entities,
 * with how much it writes, beside a baseline measured in the same run (serializing the Blueprint as
 * JSON until the same number of bytes is produced), so the ratio stays comparable on a busy machine.
 * Prints one JSON document. Target, reported and not asserted: 100 entities in under a second.
 */
import { availableParallelism, loadavg } from 'node:os';
import { validateBlueprint } from '../src/blueprint/index.js';
import { GENERATOR_VERSION, generateCodebase } from '../src/codegen/index.js';
import type { Blueprint, BlueprintInput, FieldInput } from '../src/contracts/index.js';

const SIZES = [5, 20, 100] as const;
const WARM_UPS = Number(process.env.BENCH_WARMUPS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS_FOR_100 = 1_000;

const NOUNS = [
  'Customer',
  'Supplier',
  'Product',
  'Warehouse',
  'Invoice',
  'Payment',
  'Shipment',
  'Employee',
  'Department',
  'Project',
  'Milestone',
  'Contract',
  'Asset',
  'Vendor',
  'Ticket',
  'Campaign',
  'Lead',
  'Branch',
  'Course',
  'Booking',
];
const QUALIFIERS = ['', 'Regional', 'Partner', 'Archive', 'Draft'];

const text = (en: string) => ({ en, ar: `${en} (ar)` });

/** Six to nine fields in a mix a real platform has: names, codes, states, amounts, dates, flags, notes. */
function fieldsFor(index: number): FieldInput[] {
  const fields: FieldInput[] = [
    { name: 'title', label: text('Title'), type: 'string', required: true, maxLength: 160 },
    {
      name: 'code',
      label: text('Code'),
      type: 'string',
      required: true,
      unique: true,
      minLength: 3,
      maxLength: 24,
    },
    {
      name: 'status',
      label: text('Status'),
      type: 'enum',
      required: true,
      default: 'active',
      values: [{ value: 'active' }, { value: 'on_hold' }, { value: 'closed' }],
    },
    { name: 'amount', label: text('Amount'), type: 'money', currency: 'SAR', min: 0 },
    { name: 'startsOn', label: text('Starts on'), type: 'date' },
    { name: 'notes', label: text('Notes'), type: 'text', maxLength: 4000 },
  ];
  if (index % 2 === 0)
    fields.push({ name: 'quantity', label: text('Quantity'), type: 'integer', min: 0, max: 100000 });
  if (index % 3 === 0) {
    fields.push({ name: 'contactEmail', label: text('Contact email'), type: 'email', dataClass: 'personal' });
  }
  if (index % 4 === 0) fields.push({ name: 'active', label: text('Active'), type: 'boolean', default: true });
  if (index % 7 === 0)
    fields.push({ name: 'bankAccount', label: text('Bank account'), type: 'string', dataClass: 'secret' });
  return fields;
}

/** A deterministic Blueprint of `count` entities: a tree of belongs-to relations plus some many-to-many links. */
export function benchBlueprint(count: number): Blueprint {
  const names = Array.from({ length: count }, (_, index) => {
    const noun = NOUNS[index % NOUNS.length] ?? 'Record';
    return `${QUALIFIERS[Math.floor(index / NOUNS.length) % QUALIFIERS.length] ?? ''}${noun}`;
  });
  const relations: BlueprintInput['relations'] = [];
  names.forEach((name, index) => {
    if (index === 0) return;
    const parent = names[Math.floor((index - 1) / 2)] ?? names[0] ?? name;
    relations.push({
      name: 'parent',
      kind: 'belongs-to',
      from: name,
      to: parent,
      inverseName: `children${index}`,
      onDelete: 'cascade',
    });
    if (index % 5 === 0) {
      relations.push({
        name: 'related',
        kind: 'many-to-many',
        from: name,
        to: names[index - 1] ?? name,
        inverseName: `relatedTo${index}`,
      });
    }
  });
  const input: BlueprintInput = {
    schemaVersion: 1,
    name: `Bench platform ${count}`,
    slug: `bench-${count}`,
    domain: 'enterprise',
    locales: ['en', 'ar'],
    defaultLocale: 'en',
    entities: names.map((name, index) => ({
      name,
      label: text(name),
      pluralLabel: text(`${name} records`),
      displayField: 'title',
      fields: fieldsFor(index),
    })),
    relations,
    roles: [
      {
        name: 'admin',
        label: text('Administrator'),
        administrator: true,
        inherits: ['staff'],
        permissions: names.map((entity) => ({ entity, actions: ['create', 'read', 'update', 'delete'] })),
      },
      {
        name: 'staff',
        label: text('Staff'),
        permissions: names.map((entity, index) => ({
          entity,
          actions: ['read', 'create', 'update'],
          scope: index % 2 === 0 ? 'all' : 'own',
        })),
      },
    ],
    compliance: ['PDPL'],
  };
  const validation = validateBlueprint(input);
  if (!validation.ok)
    throw new Error(`bench Blueprint of ${count} is invalid: ${JSON.stringify(validation.problems)}`);
  return validation.blueprint;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Serializing the Blueprint as JSON, over and over, until `bytes` characters are produced. */
function baseline(blueprint: Blueprint, bytes: number): number {
  const parts: string[] = [];
  let produced = 0;
  while (produced < bytes) {
    const json = JSON.stringify(blueprint, null, 2);
    parts.push(json);
    produced += json.length;
  }
  return parts.join('\n').length;
}

const round = (value: number) => Math.round(value * 100) / 100;

const results = SIZES.map((count) => {
  const blueprint = benchBlueprint(count);
  const sample = generateCodebase(blueprint);
  const bytes = sample.files.reduce((total, file) => total + Buffer.byteLength(file.content, 'utf8'), 0);
  const lines = sample.files.reduce((total, file) => total + file.content.split('\n').length - 1, 0);
  for (let run = 0; run < WARM_UPS; run += 1) {
    generateCodebase(blueprint);
    baseline(blueprint, bytes);
  }
  const generation: number[] = [];
  const plain: number[] = [];
  // Alternated, so a burst of load elsewhere on the machine affects both sides of the ratio alike.
  for (let run = 0; run < RUNS; run += 1) {
    generation.push(timed(() => generateCodebase(blueprint)));
    plain.push(timed(() => baseline(blueprint, bytes)));
  }
  const medianMs = median(generation);
  const baselineMs = median(plain);
  return {
    entities: count,
    relations: blueprint.relations.length,
    medianMs: round(medianMs),
    minMs: round(Math.min(...generation)),
    files: sample.files.length,
    lines,
    bytes,
    baselineMs: round(baselineMs),
    ratioToBaseline: round(medianMs / baselineMs),
  };
});

const largest = results.find((result) => result.entities === 100);
console.log(
  JSON.stringify(
    {
      benchmark: 'codegen',
      generatorVersion: GENERATOR_VERSION,
      node: process.version,
      cpus: availableParallelism(),
      loadAverage: loadavg().map(round),
      warmUps: WARM_UPS,
      runs: RUNS,
      baseline: 'JSON.stringify(blueprint, null, 2) repeated to the same number of bytes',
      sizes: results,
      target: {
        entities: 100,
        underMs: TARGET_MS_FOR_100,
        met: largest ? largest.medianMs < TARGET_MS_FOR_100 : false,
      },
    },
    null,
    2,
  ),
);
