import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'tag-cli-'));
const file = join(dir, 'sample.txt');
writeFileSync(file, 'زار بوتين أستانا والتقى توكاييف.\nالقوات الروسية');
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const tag = (...args: string[]) => spawnSync(tsx, ['lexicon/cli/tag.ts', ...args], { encoding: 'utf8' });

// Each test spawns the CLI, which compiles the whole lexicon: seconds apiece on a loaded 2-core machine.
describe('the tag CLI', { timeout: 30_000 }, () => {
  it('prints one prediction line per file, in the scorer format, and nothing else', () => {
    const out = execFileSync(tsx, ['lexicon/cli/tag.ts', '--jsonl', file, file], { encoding: 'utf8' });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual({
      doc: 'sample.txt',
      mentions: [
        { id: 'putin', start: 4, end: 9, text: 'بوتين' },
        { id: 'astana', start: 10, end: 16, text: 'أستانا' },
        { id: 'tokayev', start: 24, end: 31, text: 'توكاييف' },
      ],
    });
  });
  it('adds nisba mentions, marked, on request', () => {
    const row = JSON.parse(tag('--jsonl', '--nisba', file).stdout);
    expect(row.mentions.at(-1)).toEqual({ id: 'russia', start: 40, end: 47, text: 'الروسية', kind: 'nisba' });
  });
  it('adds the names the lexicon lacks, with their offsets, type and evidence, on request', () => {
    const other = join(dir, 'unknown.txt');
    writeFileSync(other, 'وصل الوفد إلى مدينة زاروغاند أمس.');
    const row = JSON.parse(tag('--jsonl', '--candidates', other).stdout);
    expect(row).toEqual({
      doc: 'unknown.txt',
      mentions: [],
      candidates: [{ start: 20, end: 28, type: 'place', text: 'زاروغاند', evidence: 'head noun: مدينه' }],
    });
    expect(JSON.parse(tag('--jsonl', file).stdout)).not.toHaveProperty('candidates');
  });
  it('says which rule read each mention, on request', () => {
    const row = JSON.parse(tag('--jsonl', '--nisba', '--why', file).stdout);
    expect(row.mentions[0]).toEqual({ id: 'putin', start: 4, end: 9, text: 'بوتين', why: 'an alias of the entry: «بوتين»' });
    expect(row.mentions.at(-1).why).toBe('a nisba adjective of the entry, in any of its feminine, plural and dual forms: «روسي»; with the article');
    expect(tag('--why', file).stdout).toContain('why: an alias of the entry: «توكاييف»');
  });
  it('prints a readable list without --jsonl', () => {
    const r = tag(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('4 mentions');
    expect(r.stdout).toMatch(/putin\s+بوتين\s+— Vladimir Putin/);
  });
  it('fails clearly on a missing file, with nothing on stdout', () => {
    const r = tag('--jsonl', join(dir, 'missing.txt'));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot read');
    expect(r.stderr).toContain('missing.txt: no such file');
  });
  it('fails clearly on an unknown option', () => {
    const r = tag('--xml', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --xml');
  });
});
