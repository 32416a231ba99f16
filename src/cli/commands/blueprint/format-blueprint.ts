import type { AnalysisResult, Blueprint, BlueprintDiff } from '../../../contracts/index.js';
import { formatFields, formatTable } from '../../output.js';

/** A Blueprint as a person reads it at a terminal: the settings, then entities, relations and roles. */
export function formatBlueprint(blueprint: Blueprint): string {
  const settings = formatFields([
    ['Name', `${blueprint.name} (${blueprint.slug})`],
    ['Domain', blueprint.domain],
    ['Locales', `${blueprint.locales.join(', ')} (default ${blueprint.defaultLocale})`],
    ['Compliance', blueprint.compliance.join(', ')],
    ['Integrations', blueprint.integrations.map((i) => `${i.provider} (${i.category})`).join(', ')],
    [
      'Deployment',
      `${blueprint.deployment.targets.join(', ')}; data in ${blueprint.deployment.dataResidency}`,
    ],
  ]);
  const entities = formatTable(blueprint.entities, [
    { header: 'Entity', value: (entity) => entity.name },
    {
      header: 'Fields',
      value: (entity) =>
        entity.fields
          .map(
            (field) =>
              `${field.name}: ${field.type}${field.required ? '!' : ''}${field.unique ? ' unique' : ''}`,
          )
          .join(', '),
    },
  ]);
  const relations = formatTable(
    blueprint.relations,
    [
      { header: 'Relation', value: (relation) => `${relation.from}.${relation.name}` },
      { header: 'Kind', value: (relation) => relation.kind },
      { header: 'To', value: (relation) => relation.to },
      { header: 'On delete', value: (relation) => relation.onDelete },
    ],
    '(none)',
  );
  const roles = formatTable(blueprint.roles, [
    { header: 'Role', value: (role) => `${role.name}${role.administrator ? ' (administrator)' : ''}` },
    { header: 'Inherits', value: (role) => role.inherits.join(', ') },
    {
      header: 'Permissions',
      value: (role) =>
        role.permissions
          .map((p) => `${p.entity}: ${p.actions.join('/')}${p.scope === 'own' ? ' (own)' : ''}`)
          .join('; '),
    },
  ]);
  return `${settings}\n\n${entities}\n\n${relations}\n\n${roles}`;
}

/** The result of an analysis: what was understood, the Blueprint, then the open questions. */
export function formatAnalysis(result: AnalysisResult): string {
  const inferences = result.inferences.map((inference) => `  - ${inference.subject}: ${inference.reason}`);
  const questions = result.openQuestions.map((question) => `  ? ${question}`);
  return [
    result.summary,
    '',
    formatBlueprint(result.blueprint),
    '',
    `Why (${result.provider}${result.model ? `, ${result.model}` : ''}):`,
    ...inferences,
    ...(questions.length > 0 ? ['', 'Open questions:', ...questions] : []),
  ].join('\n');
}

/** A diff as lines of `+` added, `-` removed, `~` changed, `>` renamed. */
export function formatDiff(diff: BlueprintDiff): string {
  if (diff.empty) return 'No differences.';
  const lines: string[] = [];
  for (const entity of diff.entities.added) lines.push(`+ entity ${entity.name}`);
  for (const entity of diff.entities.removed) lines.push(`- entity ${entity.name}`);
  for (const rename of diff.entities.renamed) lines.push(`> entity ${rename.from} → ${rename.to}`);
  for (const entity of diff.entities.changed) {
    for (const change of entity.changes)
      lines.push(`~ ${entity.name}.${change.path}: ${show(change.before)} → ${show(change.after)}`);
    for (const field of entity.fields.added)
      lines.push(`+ field ${entity.name}.${field.name} (${field.type})`);
    for (const field of entity.fields.removed) lines.push(`- field ${entity.name}.${field.name}`);
    for (const rename of entity.fields.renamed)
      lines.push(`> field ${entity.name}.${rename.from} → ${rename.to}`);
    for (const field of entity.fields.changed) {
      for (const change of field.changes) {
        lines.push(
          `~ ${entity.name}.${field.name}.${change.path}: ${show(change.before)} → ${show(change.after)}`,
        );
      }
    }
  }
  for (const relation of diff.relations.added)
    lines.push(`+ relation ${relation.from}.${relation.name} → ${relation.to}`);
  for (const relation of diff.relations.removed) lines.push(`- relation ${relation.from}.${relation.name}`);
  for (const relation of diff.relations.changed) {
    for (const change of relation.changes)
      lines.push(`~ relation ${relation.key}.${change.path}: ${show(change.before)} → ${show(change.after)}`);
  }
  for (const role of diff.roles.added) lines.push(`+ role ${role.name}`);
  for (const role of diff.roles.removed) lines.push(`- role ${role.name}`);
  for (const role of diff.roles.changed) {
    for (const change of role.changes)
      lines.push(`~ role ${role.name}.${change.path}: ${show(change.before)} → ${show(change.after)}`);
  }
  for (const change of diff.settings)
    lines.push(`~ ${change.path}: ${show(change.before)} → ${show(change.after)}`);
  return lines.join('\n');
}

function show(value: unknown): string {
  const text = value === undefined ? '(none)' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
