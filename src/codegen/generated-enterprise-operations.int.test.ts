import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';
import { enterpriseOperationsBlueprint } from './test-fixtures/enterprise-operations.js';

// Enterprise: 22 entities, a self-relation, several relations between the same two entities, GDPR.
// Its generated suite (135 tests) takes minutes on two cores, so CI runs it for smaller Blueprints only.
describeGeneratedPlatform({
  label: 'enterprise-operations',
  blueprint: enterpriseOperationsBlueprint,
  resource: 'suppliers',
  body: { name: 'Zenith Fasteners', paymentCard: '4242424242424242', rating: 4 },
  searchFor: 'zenith',
  maskedInList: true,
  runGeneratedTests: false,
});
