import countriesAndPlaces from './data/places.json';
import people from './data/people.json';
import organizations from './data/organizations.json';
import media from './data/media.json';
import military from './data/military.json';
import events from './data/events.json';
import rules from './data/rules.json';
import type { Lexicon } from './schema';

/** The raw bundled data, before validation: what the build-time check and the tests validate. */
export const bundledData = {
  entries: [...countriesAndPlaces, ...people, ...organizations, ...media, ...military, ...events] as unknown[],
  rules: rules as unknown,
};

/**
 * The bundled lexicon as typed data. It is validated at build time (wxt.config.ts, validate-bundle.ts) and in
 * the tests, so the extension neither pays for validation at run time nor ships the validator in its content script.
 */
export const bundledLexicon: Lexicon = bundledData as unknown as Lexicon;
