import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { draftOf, entryOf } from '../components/options/draft';

const germany = bundledLexicon.entries.find((e) => e.id === 'germany')!;

describe('the entry editor draft', () => {
  it('keeps sources, their date and coordinates through an edit', () => {
    const result = entryOf(draftOf(germany), bundledLexicon.rules, new Set());
    expect(result).toEqual({ ok: true, entry: germany });
  });
  it('keeps quoted names through an edit, one a line', () => {
    const kant = bundledLexicon.entries.find((e) => e.id === 'kant-air-base')!;
    expect(draftOf(kant).quoted).toBe('كانت');
    expect(entryOf(draftOf(kant), bundledLexicon.rules, new Set())).toEqual({ ok: true, entry: kant });
    const result = entryOf({ ...draftOf(germany), quoted: ' ألمانيا الجديدة \n\n' }, bundledLexicon.rules, new Set());
    expect(result.ok && result.entry.quoted).toEqual(['ألمانيا الجديدة']);
  });
  it('keeps short forms through an edit', () => {
    const xi = bundledLexicon.entries.find((e) => e.id === 'xi-jinping')!;
    expect(draftOf(xi).short).toBe('شي');
    expect(entryOf(draftOf(xi), bundledLexicon.rules, new Set())).toEqual({ ok: true, entry: xi });
  });
  it('reads a source line as an address and a title', () => {
    const draft = { ...draftOf(germany), sources: 'https://example.org/a An article\nhttps://example.org/b' };
    const result = entryOf(draft, bundledLexicon.rules, new Set());
    expect(result.ok && result.entry.card.sources).toEqual([{ url: 'https://example.org/a', title: 'An article' }, { url: 'https://example.org/b' }]);
  });
  it('refuses a latitude out of range, a missing longitude, a bad date and a non-https source, naming the field', () => {
    const draft = { ...draftOf(germany), lat: '95', lon: '', asOf: '2024-13', sources: 'http://example.org' };
    const result = entryOf(draft, bundledLexicon.rules, new Set());
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join('\n');
    expect(problems).toMatch(/coords\.lat: latitude must be between -90 and 90/);
    expect(problems).toMatch(/coords\.lon/);
    expect(problems).toMatch(/card\.asOf: must be a date/);
    expect(problems).toMatch(/card\.sources\[0\]\.url: must be an https URL/);
  });
});
