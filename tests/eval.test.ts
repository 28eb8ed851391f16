import { describe, expect, it } from 'vitest';
import { predictCorpus, score } from '../lexicon/cli/eval';

/** Compiling the whole lexicon and running the scorer in a child process: seconds on a busy two-core machine. */
const SLOW = 30_000;

describe('the dev evaluation', () => {
  it(
    'reaches mention precision and recall of at least 99% with the official scorer',
    () => {
      const result = JSON.parse(score(predictCorpus(), ['--json']));
      expect(result.documents).toBe(5);
      expect(result.mentions.precision).toBeGreaterThanOrEqual(0.99);
      expect(result.mentions.recall).toBeGreaterThanOrEqual(0.99);
      expect(result.entities.precision).toBeGreaterThanOrEqual(0.99);
      expect(result.entities.recall).toBeGreaterThanOrEqual(0.99);
    },
    SLOW,
  );
});
