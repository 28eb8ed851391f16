import * as v from 'valibot';
import countriesAndPlaces from './data/places.json';
import people from './data/people.json';
import organizations from './data/organizations.json';
import media from './data/media.json';
import military from './data/military.json';
import events from './data/events.json';
import rules from './data/rules.json';
import { EntrySchema, RulesSchema, crossCheck, issuePath, type Entry, type Lexicon } from './schema';

/** The raw bundled data, before validation: what the build-time check and the tests validate. */
export const bundledData = {
  entries: [...countriesAndPlaces, ...people, ...organizations, ...media, ...military, ...events] as unknown[],
  rules: rules as unknown,
};

/** Validates the bundled data; throws with every problem listed, so a bad edit fails the build. */
export function validateBundle(data = bundledData): Lexicon {
  const problems: string[] = [];
  const entries: Entry[] = [];
  data.entries.forEach((raw, i) => {
    const result = v.safeParse(EntrySchema, raw);
    if (result.success) entries.push(result.output);
    else for (const issue of result.issues) problems.push(`entry ${i}: ${issuePath(issue)}: ${issue.message}`);
  });
  const parsedRules = v.safeParse(RulesSchema, data.rules);
  if (!parsedRules.success) {
    for (const issue of parsedRules.issues) problems.push(`rules: ${issuePath(issue)}: ${issue.message}`);
  }
  problems.push(...crossCheck(entries));
  if (problems.length > 0 || !parsedRules.success) {
    throw new Error(`The bundled lexicon is invalid:\n${problems.join('\n')}`);
  }
  return { entries, rules: parsedRules.output };
}

/**
 * The bundled lexicon as typed data. It is validated at build time (wxt.config.ts) and in the tests, so the
 * extension does not pay for validation at run time.
 */
export const bundledLexicon: Lexicon = bundledData as unknown as Lexicon;
