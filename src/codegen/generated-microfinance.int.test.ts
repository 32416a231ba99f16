import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';
import { microfinanceBlueprint } from './test-fixtures/microfinance.js';

// Financial: English first with Arabic, PCI-DSS and NCA-ECC, bounded money, has-one, "own" loans.
describeGeneratedPlatform({
  label: 'microfinance',
  blueprint: microfinanceBlueprint,
  resource: 'loan-products',
  body: { title: 'Harvest Bridge Loan', annualRate: '7.25', termMonths: 12 },
  searchFor: 'harvest',
});
