import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';
import { enterpriseOperationsBlueprint } from './test-fixtures/enterprise-operations.js';

// Enterprise: 22 entities, a self-relation, several relations between the same two entities, GDPR.
describeGeneratedPlatform({
  label: 'enterprise-operations',
  blueprint: enterpriseOperationsBlueprint,
  resource: 'suppliers',
  body: { name: 'Zenith Fasteners', paymentCard: '4242424242424242', rating: 4 },
  searchFor: 'zenith',
  maskedInList: true,
});
