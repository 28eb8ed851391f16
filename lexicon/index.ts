export { compile, type Matcher, type Mention } from './matcher';
export { phrasesOf, type PhraseList } from './aliases';
export { normalize, toOriginalSpan, type Normalized } from './normalize';
export { normalizeKey, tokenize } from './tokenize';
export { aliasProblem, namesOf, type MentionKind } from './aliases';
export { validateBundle } from './validate-bundle';
export * from './schema';
