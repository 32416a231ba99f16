import { clinicBlueprint } from '../blueprint/examples/clinic.js';
import { describeGeneratedPlatform } from './testing/describe-generated-platform.js';

// Healthcare: Arabic first and bilingual, HIPAA, PDPL and NCA-ECC, health data encrypted at rest.
describeGeneratedPlatform({
  label: 'clinic',
  blueprint: clinicBlueprint,
  resource: 'patients',
  body: { fullName: 'Zainab Haddad', nationalId: '1098765432', medicalHistory: 'Asthma since 2012' },
  searchFor: 'zainab',
  maskedInList: true,
});
