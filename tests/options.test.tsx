// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryEditor, type EntryEditorProps } from '../components/options/EntryEditor';
import { ImportPanel } from '../components/options/ImportPanel';
import { inArabic } from './in-locale';
import { LIST_PAGE, LexiconBrowser, entryMatches } from '../components/options/LexiconBrowser';
import { AddFromPage } from '../components/options/AddFromPage';
import { bundledLexicon } from '../build/lexicon-data';
import { PACK_FORMAT, previewImport, type Pack } from '../lexicon/pack';
import { mergeLexicon, recordFor } from '../lexicon/user-lexicon';
import { entry } from './helpers/lexicon';

afterEach(cleanup);
const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));
const targets = bundledLexicon.entries.map((e) => ({ id: e.id, name: e.name }));

function editor(over: Partial<EntryEditorProps> = {}) {
  const props: EntryEditorProps = {
    entry: byId.get('kyiv')!,
    origin: 'bundled',
    disabled: false,
    rules: bundledLexicon.rules,
    targets,
    onSave: vi.fn(),
    onReset: vi.fn(),
    onDelete: vi.fn(),
    onToggleDisabled: vi.fn(),
    onClose: vi.fn(),
    onDirty: vi.fn(),
    confirmDiscard: vi.fn(() => false),
    ...over,
  };
  render(<EntryEditor {...props} />);
  return props;
}

describe('the entry editor', () => {
  it('saves an edited entry through the schema', () => {
    const p = editor();
    const aliases = screen.getByLabelText('Aliases (one per line)') as HTMLTextAreaElement;
    fireEvent.input(aliases, { target: { value: `${aliases.value}\nكْييف` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(p.onSave).toHaveBeenCalledWith({ ...byId.get('kyiv')!, aliases: [...byId.get('kyiv')!.aliases, 'كْييف'] });
  });
  it('flags aliases the tagger cannot match, with the reason, and does not save them', () => {
    const p = editor();
    const aliases = screen.getByLabelText('Aliases (one per line)') as HTMLTextAreaElement;
    fireEvent.input(aliases, { target: { value: `${aliases.value}\nكيف\n«»\nكي` } });
    expect(
      within(screen.getAllByRole('alert')[0]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['“كيف” is a common word: "how", not Kyiv (كييف)', '“«»” has no letters or digits to match', '“كي” is shorter than three letters']);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(p.onSave).not.toHaveBeenCalled();
  });
  it('opens with focus on a heading that names the entry', () => {
    editor();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(document.activeElement!.textContent).toBe(`Edit: ${byId.get('kyiv')!.name.en}`);
  });
  it('closes on Cancel at once when nothing changed', () => {
    const p = editor();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.confirmDiscard).not.toHaveBeenCalled();
    expect(p.onClose).toHaveBeenCalledTimes(1);
  });
  it('asks before Cancel drops changes, keeps them when the reader says no, and says it has unsaved changes', () => {
    const p = editor();
    const aliases = screen.getByLabelText('Aliases (one per line)') as HTMLTextAreaElement;
    fireEvent.input(aliases, {
      target: {
        value: `${aliases.value}
كْييف`,
      },
    });
    expect(p.onDirty).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.confirmDiscard).toHaveBeenCalledTimes(1);
    expect(p.onClose).not.toHaveBeenCalled();
    expect(aliases.value).toContain('كْييف');
    (p.confirmDiscard as ReturnType<typeof vi.fn>).mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.onClose).toHaveBeenCalledTimes(1);
  });
  it('is clean again when a change is undone', () => {
    const p = editor();
    const aliases = screen.getByLabelText('Aliases (one per line)') as HTMLTextAreaElement;
    const original = aliases.value;
    fireEvent.input(aliases, {
      target: {
        value: `${original}
x`,
      },
    });
    fireEvent.input(aliases, { target: { value: original } });
    expect(p.onDirty).toHaveBeenLastCalledWith(false);
  });
  it('starts a new entry with the name and type a page sent', () => {
    editor({ entry: null, prefill: { text: 'زاروغاند', type: 'place' }, origin: null });
    expect((screen.getByLabelText('Arabic name') as HTMLInputElement).value).toBe('زاروغاند');
    expect((screen.getByLabelText('Type') as HTMLSelectElement).value).toBe('place');
  });
  it('refuses markup and a taken id for a new entry, naming the field', () => {
    const p = editor({ entry: null, prefill: { text: 'يانغيقيشلوق' }, origin: null });
    expect((screen.getByLabelText('Arabic name') as HTMLInputElement).value).toBe('يانغيقيشلوق');
    fireEvent.input(screen.getByLabelText(/^Id/), { target: { value: 'kyiv' } });
    fireEvent.input(screen.getByLabelText('Summary in English'), { target: { value: '<img src=x onerror=alert(1)>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const problems = screen.getAllByRole('alert').at(-1)!.textContent!;
    expect(problems).toContain('Not saved: id: the id "kyiv" is already used');
    expect(problems).toContain('Not saved: card.summary.en: must be plain text, not markup');
    expect(p.onSave).not.toHaveBeenCalled();
  });
  it('adds facts and relations as rows', () => {
    const p = editor({ entry: null, origin: null });
    fireEvent.input(screen.getByLabelText(/^Id/), { target: { value: 'yangiqishloq' } });
    fireEvent.input(screen.getByLabelText('Arabic name'), { target: { value: 'يانغيقيشلوق' } });
    fireEvent.input(screen.getByLabelText('English name'), { target: { value: 'Yangiqishloq' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Relations' })).getByRole('button', { name: 'Add' }));
    fireEvent.change(screen.getByLabelText('Relation'), { target: { value: 'located-in' } });
    fireEvent.input(screen.getByLabelText('Entry'), { target: { value: 'uzbekistan' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Key facts' })).getByRole('button', { name: 'Add' }));
    fireEvent.input(screen.getByLabelText('English'), { target: { value: 'City' } });
    fireEvent.input(screen.getByLabelText('Arabic'), { target: { value: 'مدينة' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(p.onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'yangiqishloq',
        name: { en: 'Yangiqishloq', ar: 'يانغيقيشلوق' },
        card: {
          summary: { en: '', ar: '' },
          facts: [{ key: 'role', value: { en: 'City', ar: 'مدينة' } }],
          relations: [{ type: 'located-in', target: 'uzbekistan' }],
        },
      }),
    );
  });
  it('refuses a relation to an entry that does not exist, naming the id', () => {
    const p = editor({ entry: byId.get('csto')! });
    fireEvent.input(screen.getAllByLabelText('Entry')[0]!, { target: { value: 'atlantis' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(p.onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Not saved: relations: no entry has the id “atlantis”')).toBeTruthy();
  });
  it("edits a relation's note in both languages, and drops a note emptied in both", () => {
    const csto = byId.get('csto')!;
    const p = editor({ entry: csto });
    const noted = csto.card.relations.findIndex((r) => r.note);
    fireEvent.input(screen.getAllByLabelText('Note in English')[noted]!, { target: { value: 'founding member, 2002' } });
    fireEvent.input(screen.getAllByLabelText('Note in Arabic')[0]!, { target: { value: 'عضو مؤسس' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const saved = (p.onSave as ReturnType<typeof vi.fn>).mock.calls[0]![0] as typeof csto;
    expect(saved.card.relations[0]!.note?.ar).toBe('عضو مؤسس');
    expect(saved.card.relations[noted]!.note?.en).toBe('founding member, 2002');
    cleanup();
    const q = editor({ entry: csto });
    fireEvent.input(screen.getAllByLabelText('Note in English')[noted]!, { target: { value: '' } });
    fireEvent.input(screen.getAllByLabelText('Note in Arabic')[noted]!, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(((q.onSave as ReturnType<typeof vi.fn>).mock.calls[0]![0] as typeof csto).card.relations[noted]).not.toHaveProperty('note');
  });
  it('keeps what it does not edit: an unchanged entry saves as it was, relation notes included', () => {
    const p = editor({ entry: byId.get('csto')! });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(p.onSave).toHaveBeenCalledWith(byId.get('csto'));
  });
  it("offers reset for edited bundled entries and delete for the reader's own", () => {
    const edited = editor({ origin: 'edited' });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to bundled' }));
    expect(edited.onReset).toHaveBeenCalledWith('kyiv');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    cleanup();
    const added = editor({ entry: entry('mine', ['شيء']), origin: 'added' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(added.onDelete).toHaveBeenCalledWith('mine');
  });
});

describe('the lexicon browser', () => {
  const records = [recordFor({ ...byId.get('kyiv')!, aliases: ['كييف', 'كْييف'] }, bundledLexicon), recordFor(entry('mine', ['شيء']), bundledLexicon)];
  const merged = mergeLexicon(bundledLexicon, records);
  const props = {
    entries: merged.lexicon.entries,
    origins: merged.origins,
    disabledIds: ['moscow'],
    disabledTypes: [] as never[],
    type: '' as const,
    origin: '' as const,
    shownLimit: LIST_PAGE,
    onMore: vi.fn(),
    onQuery: vi.fn(),
    onType: vi.fn(),
    onOrigin: vi.fn(),
    onEdit: vi.fn(),
    onNew: vi.fn(),
  };
  it('draws a page of rows at a time, counts them all, and asks for the next page', () => {
    const entries = merged.lexicon.entries.slice(0, LIST_PAGE + 30);
    const onMore = vi.fn();
    render(<LexiconBrowser {...props} entries={entries} query="" onMore={onMore} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_PAGE);
    expect(screen.getByRole('status').textContent).toBe(`${LIST_PAGE + 30} entries`);
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more (30 not shown)' }));
    expect(onMore).toHaveBeenCalledOnce();
    cleanup();
    render(<LexiconBrowser {...props} entries={entries} query="" shownLimit={LIST_PAGE + 27} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_PAGE + 27);
    expect(screen.getByRole('button', { name: 'Show 3 more (3 not shown)' })).toBeTruthy();
    cleanup();
    render(<LexiconBrowser {...props} entries={entries} query="" shownLimit={LIST_PAGE * 2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_PAGE + 30);
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
  });
  it('finds entries by any alias, read the way the tagger reads Arabic', () => {
    expect(entryMatches(byId.get('almaty')!, 'الما اتا')).toBe(true); // ألما آتا typed without hamza
    render(<LexiconBrowser {...props} query="قرغيز" />);
    const found = screen.getAllByRole('listitem').map((li) => li.getAttribute('data-entity'));
    expect(found).toContain('kyrgyzstan'); // قرغيزستان and قيرغيزستان alike
    expect(found).toContain('kyrgyz-national-security-committee'); // لجنة الأمن القومي القرغيزية
    expect(found).not.toContain('kazakhstan');
  });
  it('shows where each entry comes from and which are off, and filters by origin', () => {
    render(<LexiconBrowser {...props} query="" origin="edited" />);
    const [row] = screen.getAllByRole('listitem');
    expect(row!.getAttribute('data-entity')).toBe('kyiv');
    expect(row!.textContent).toContain('edited');
    cleanup();
    render(<LexiconBrowser {...props} query="موسكو" />);
    const rows = screen.getAllByRole('listitem');
    expect(rows.find((li) => li.getAttribute('data-entity') === 'moscow')!.textContent).toContain('off');
    expect(rows.find((li) => li.getAttribute('data-entity') !== 'moscow')!.textContent).not.toContain('off');
  });
});

describe('the import preview', () => {
  const merged = mergeLexicon(bundledLexicon, [recordFor(entry('mine', ['شيء']), bundledLexicon, 'added', 1)]);
  const pack: Pack = { format: PACK_FORMAT, version: 1, entries: [entry('yangiqishloq', ['يانغيقيشلوق']), { ...byId.get('moscow')!, aliases: ['موسكو'] }] };
  const pending = { fileName: 'p.json', preview: (mode: 'merge' | 'replace') => previewImport(merged.lexicon.entries, merged.origins, pack, mode) };
  it('says what is new, what changes and, when replacing, what goes', () => {
    const onImport = vi.fn();
    render(<ImportPanel pending={pending} message={null} onFile={vi.fn()} onImport={onImport} onCancel={vi.fn()} onExport={vi.fn()} />);
    const items = () => screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items()).toEqual(['add 1 new entry: yangiqishloq', 'change 1 bundled entry: Moscow', 'overwrite 0 of your own entries', 'leave 0 as they are']);
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    expect(items()).toContain('remove 1 of your entries: mine');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith('replace');
  });
  it('keeps the file type in its order inside the Arabic label, isolated from the right-to-left text', () => {
    render(inArabic(<ImportPanel pending={null} message={null} onFile={vi.fn()} onImport={vi.fn()} onCancel={vi.fn()} onExport={vi.fn()} />));
    expect(screen.getByText(/اختر حزمة معجم/).textContent).toBe('اختر حزمة معجم (\u2068.json\u2069)');
  });
  it('announces a refused pack', () => {
    render(
      <ImportPanel
        pending={null}
        message={{ kind: 'error', text: 'The pack was not imported, nothing changed: bad' }}
        onFile={vi.fn()}
        onImport={vi.fn()}
        onCancel={vi.fn()}
        onExport={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('The pack was not imported, nothing changed: bad');
  });
});

describe('adding selected text from a page', () => {
  it('shows the sentence a name came from and passes its guessed type on to the new entry', () => {
    const onNewEntry = vi.fn();
    const request = { text: 'زاروغاند', type: 'place' as const, from: 'وصل الوفد إلى مدينة زاروغاند أمس' };
    render(<AddFromPage request={request} entries={targets} onNewEntry={onNewEntry} onAddAlias={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText('وصل الوفد إلى مدينة زاروغاند أمس')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'as a new entry' }));
    expect(onNewEntry).toHaveBeenCalledWith(request);
  });
  it('starts a new entry or adds an alias to an existing one', () => {
    const onNewEntry = vi.fn();
    const onAddAlias = vi.fn();
    render(<AddFromPage request={{ text: 'يانغيقيشلوق' }} entries={targets} onNewEntry={onNewEntry} onAddAlias={onAddAlias} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'as a new entry' }));
    expect(onNewEntry).toHaveBeenCalledWith({ text: 'يانغيقيشلوق' });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'uzbekistan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add alias' }));
    expect(onAddAlias).toHaveBeenCalledWith('uzbekistan', 'يانغيقيشلوق');
  });
});
