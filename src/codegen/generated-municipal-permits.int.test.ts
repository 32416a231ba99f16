import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';
import { municipalPermitsBlueprint } from './test-fixtures/municipal-permits.js';

// Government: Arabic only, PDPL and NCA-ECC, data kept in Saudi Arabia.
describeGeneratedPlatform({
  label: 'municipal-permits',
  blueprint: municipalPermitsBlueprint,
  resource: 'citizens',
  body: { fullName: 'مريم العمري', nationalId: '1122334455', mobile: '+966 50 123 4567' },
  searchFor: 'مريم',
});
