import { describe, expect, it } from 'vitest';
import { onlyProblem, problemsAfter } from '../test-support.js';
import { localizedTexts } from './locales.js';

describe('locales', () => {
  it('refuses a locale listed twice', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.locales.push('en')),
      'duplicate_locale',
    );
    expect(problem.path).toBe('locales[2]');
    expect(problem.suggestion).toBe('remove the repeat');
  });

  it('requires the default locale to be one of the locales', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        b.defaultLocale = 'fr';
      }),
      'default_locale_missing',
    );
    expect(problem.path).toBe('defaultLocale');
    expect(problem.suggestion).toContain('add `fr` to "locales"');
  });

  it('reports each missing translation at the path of its text', () => {
    const problems = problemsAfter((b) => {
      delete b.entities[1]!.label.ar;
      b.pages[0]!.title = { en: 'Home' };
      b.entities[1]!.fields[1]!.values![0]!.label = { ar: 'عام' };
    });
    const missing = problems.filter((problem) => problem.code === 'translation_missing');
    expect(missing.map((problem) => problem.path)).toEqual([
      'entities[1].label',
      'entities[1].fields[1].values[0].label',
      'pages[0].title',
    ]);
    expect(missing[0]?.message).toContain('`ar`');
    expect(missing[0]?.suggestion).toBe('add "ar": a translation of "Doctor"');
  });

  it('reports one problem per missing locale when a locale is added', () => {
    const problems = problemsAfter((b) => b.locales.push('fr'));
    const textCount = problems.filter((problem) => problem.code === 'translation_missing').length;
    expect(textCount).toBeGreaterThan(30);
    expect(problems.every((problem) => problem.message.includes('`fr`'))).toBe(true);
  });

  it('refuses text in a locale the Blueprint does not have', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        b.roles[0]!.label.fr = 'Administrateur';
      }),
      'translation_locale_unknown',
    );
    expect(problem.path).toBe('roles[0].label.fr');
    expect(problem.suggestion).toContain('add `fr` to "locales"');
  });

  it('accepts a Blueprint whose every text has exactly its locales', () => {
    expect(
      problemsAfter((b) => {
        b.locales = ['en-GB'];
        b.defaultLocale = 'en-GB';
        for (const [text] of localizedTexts(b)) {
          text['en-GB'] = text.en ?? 'Text';
          delete text.en;
          delete text.ar;
        }
      }),
    ).toEqual([]);
  });
});
