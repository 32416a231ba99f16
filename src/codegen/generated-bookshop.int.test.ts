import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';
import { bookshopBlueprint } from './test-fixtures/bookshop.js';

// Commerce: every field type, every relation kind, GDPR and PCI-DSS.
describeGeneratedPlatform({
  label: 'bookshop',
  blueprint: bookshopBlueprint,
  resource: 'customers',
  body: { fullName: 'Inês Duarte', email: 'ines@example.pt', cardNumber: '4111111111111111' },
  searchFor: 'duarte',
  maskedInList: true,
});
