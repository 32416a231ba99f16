/**
 * Whether a platform's health data is about animals: veterinary care keeps medical records too, but
 * HIPAA protects people's health information only, so a clinic for pets needs no HIPAA programme.
 * @module
 */

const ANIMAL_CARE =
  /\b(?:veterinar(?:y|ians?)|vets?|pets?|animals?|livestock|cattle|horses?|dogs?|cats?|puppies|kittens)\b|بيطري[ةه]?|حيوانات?|أليف[ةه]?|اليف[ةه]?|مواشي/i;
/** Words that put people in care even where animals are named ("a hospital with a therapy-dog programme"). */
const HUMAN_CARE =
  /\b(?:humans?|physicians?|nurses?|doctors?|(?<!animal |pet |veterinary )hospitals?|dentists?|pharmac(?:y|ies)|children|babies|elderly)\b|مستشفي|مستشفى|طبيب|أطباء|اطباء|ممرض/i;

/**
 * The words that show the care is for animals, when the text names animals and no human care;
 * undefined otherwise.
 */
export function animalCareEvidence(text: string): string | undefined {
  if (HUMAN_CARE.test(text)) return undefined;
  return ANIMAL_CARE.exec(text)?.[0];
}
