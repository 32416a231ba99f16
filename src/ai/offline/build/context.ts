/**
 * Applies what the text says about region, payments, integrations and deployment to a Blueprint,
 * and the compliance regimes its data calls for. Each decision is explained.
 * @module
 */
import type { Blueprint, ComplianceRegime } from '../../../contracts/index.js';
import {
  findCardPayments,
  findDeploymentTargets,
  findIntegrations,
  findRegions,
  findRequestedLocales,
  type Region,
} from '../extract/context.js';
import { animalCareEvidence } from '../extract/animal-care.js';
import type { Inferences } from './inferences.js';

const CURRENCY: Record<Region, string> = { SA: 'SAR', EU: 'EUR', AE: 'AED' };
const CARD_GATEWAYS = new Set(['stripe', 'moyasar', 'hyperpay', 'tap', 'paypal']);

function addCompliance(
  blueprint: Blueprint,
  regime: ComplianceRegime,
  reason: string,
  inferences: Inferences,
): void {
  if (!blueprint.compliance.includes(regime)) blueprint.compliance.push(regime);
  inferences.add('compliance', regime, reason);
}

export function addLocale(
  blueprint: Blueprint,
  locale: 'ar' | 'en',
  reason: string,
  inferences: Inferences,
): void {
  if (!blueprint.locales.includes(locale)) blueprint.locales.push(locale);
  inferences.add('locale', locale, reason);
}

/** Region, card payments, integrations, deployment targets and requested locales. */
export function applyContext(
  blueprint: Blueprint,
  message: string,
  inferences: Inferences,
): { changed: boolean } {
  const before = JSON.stringify([
    blueprint.compliance,
    blueprint.integrations,
    blueprint.deployment,
    blueprint.locales,
  ]);
  for (const { region, evidence } of findRegions(message)) {
    blueprint.deployment.dataResidency = region;
    inferences.add(
      'residency',
      region,
      `"${evidence}" places the platform and its data in ${region === 'EU' ? 'the European Union' : region}`,
    );
    if (region === 'SA') {
      addCompliance(
        blueprint,
        'PDPL',
        `"${evidence}": Saudi Arabia's Personal Data Protection Law applies to personal data processed there`,
        inferences,
      );
      addCompliance(
        blueprint,
        'NCA-ECC',
        `"${evidence}": the NCA Essential Cybersecurity Controls apply to Saudi platforms`,
        inferences,
      );
      addLocale(blueprint, 'ar', `"${evidence}": Saudi users expect Arabic first`, inferences);
      addLocale(blueprint, 'en', 'English stays available alongside Arabic', inferences);
      blueprint.defaultLocale = 'ar';
    }
    if (region === 'EU') {
      addCompliance(
        blueprint,
        'GDPR',
        `"${evidence}": personal data of people in the EU falls under the GDPR`,
        inferences,
      );
    }
    if (region === 'AE') addLocale(blueprint, 'ar', `"${evidence}": Emirati users expect Arabic`, inferences);
    setCurrency(blueprint, CURRENCY[region]);
  }
  for (const locale of findRequestedLocales(message))
    addLocale(blueprint, locale, `the text asks for ${locale === 'ar' ? 'Arabic' : 'English'}`, inferences);
  const card = findCardPayments(message);
  if (card) addCompliance(blueprint, 'PCI-DSS', `"${card}": the platform takes card payments`, inferences);
  for (const found of findIntegrations(message)) {
    const existing = blueprint.integrations.find((item) => item.provider === found.integration.provider);
    if (!existing) blueprint.integrations.push({ ...found.integration });
    inferences.add('integration', found.integration.provider, `${found.reason} ("${found.evidence}")`);
    if (found.integration.category === 'payment' && CARD_GATEWAYS.has(found.integration.provider) && !card) {
      addCompliance(
        blueprint,
        'PCI-DSS',
        `${found.integration.provider} takes card payments; even with hosted checkout, PCI-DSS (SAQ A) applies`,
        inferences,
      );
    }
  }
  for (const target of findDeploymentTargets(message)) {
    if (!blueprint.deployment.targets.includes(target)) blueprint.deployment.targets.push(target);
    inferences.add(
      'change',
      `deployment:${target}`,
      `the text mentions ${target}; local stays available for development`,
    );
  }
  const after = JSON.stringify([
    blueprint.compliance,
    blueprint.integrations,
    blueprint.deployment,
    blueprint.locales,
  ]);
  return { changed: before !== after };
}

function setCurrency(blueprint: Blueprint, currency: string | undefined): void {
  if (!currency) return;
  for (const entity of blueprint.entities) {
    for (const field of entity.fields)
      if (field.type === 'money' && !field.currency) field.currency = currency;
  }
}

/**
 * HIPAA when any field holds people's health data; PCI-DSS when any holds card data. Health data
 * about animals (the platform's description names pets or veterinary care and no human care) is
 * explained and left without HIPAA, which covers human health information only.
 */
export function applyDataCompliance(blueprint: Blueprint, inferences: Inferences): void {
  const animals = animalCareEvidence(blueprint.description);
  let animalsExplained = false;
  for (const entity of blueprint.entities) {
    for (const field of entity.fields) {
      if (field.dataClass === 'health' && !blueprint.compliance.includes('HIPAA')) {
        if (!animals) {
          addCompliance(blueprint, 'HIPAA', `${entity.name}.${field.name} holds health data`, inferences);
        } else if (!animalsExplained) {
          animalsExplained = true;
          inferences.add(
            'compliance',
            'HIPAA',
            `not applied: ${entity.name}.${field.name} holds health data, but "${animals}" shows it is about animals; HIPAA protects human health information only`,
          );
        }
      }
      if (field.dataClass === 'payment-card' && !blueprint.compliance.includes('PCI-DSS')) {
        addCompliance(
          blueprint,
          'PCI-DSS',
          `${entity.name}.${field.name} holds payment card data`,
          inferences,
        );
      }
    }
  }
}
