/**
 * Platform settings listed once each: compliance regimes, integrations, deployment targets.
 * @module
 */
import { quote } from '../problem.js';
import { type Rule, forEachRepeat } from './rule.js';

export const checkSettings: Rule = (blueprint, report) => {
  forEachRepeat(
    blueprint.compliance,
    (regime) => regime,
    (regime, index) =>
      report(
        'duplicate_compliance',
        ['compliance', index],
        `${quote(regime)} is listed twice`,
        'remove the repeat',
      ),
  );
  forEachRepeat(
    blueprint.integrations,
    (integration) => `${integration.category}\u0000${integration.provider}`,
    (integration, index, first) =>
      report(
        'duplicate_integration',
        ['integrations', index],
        `the ${integration.category} integration with ${quote(integration.provider)} is listed twice (also integrations[${first}])`,
        'remove the repeat; describe every use of the provider in one "purpose"',
      ),
  );
  forEachRepeat(
    blueprint.deployment.targets,
    (target) => target,
    (target, index) =>
      report(
        'duplicate_deployment_target',
        ['deployment', 'targets', index],
        `the deployment target ${quote(target)} is listed twice`,
        'remove the repeat',
      ),
  );
};
