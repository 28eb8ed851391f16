import * as v from 'valibot';
import { EntrySchema, RulesSchema, crossCheck, issuePath, type Entry, type Lexicon } from './schema';

/** The bundled data as read from its files (build/lexicon-data.ts), before validation. */
export interface RawLexicon {
  entries: readonly unknown[];
  /** The file each entry came from, to name it in a problem. */
  files?: readonly string[];
  rules: unknown;
}

/** Validates the bundled data; throws with every problem listed, so a bad edit fails the build. */
export function validateBundle(data: RawLexicon): Lexicon {
  const problems: string[] = [];
  const entries: Entry[] = [];
  data.entries.forEach((raw, i) => {
    const result = v.safeParse(EntrySchema, raw);
    if (result.success) entries.push(result.output);
    else for (const issue of result.issues) problems.push(`${data.files?.[i] ?? `entry ${i}`}: ${issuePath(issue)}: ${issue.message}`);
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
