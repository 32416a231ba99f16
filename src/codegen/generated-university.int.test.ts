import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';
import { universityBlueprint } from './test-fixtures/university.js';

// Education, imported from JHipster JDL; seeded at first start with SEED=1.
describeGeneratedPlatform({
  label: 'university',
  blueprint: universityBlueprint(),
  resource: 'departments',
  body: { name: 'Quantum Studies' },
  searchFor: 'quantum',
  seedAtStart: true,
});
