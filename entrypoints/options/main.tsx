import { render } from 'preact';
import { addRequestOf, type AddRequest } from '@/utils/add-request';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bundledLexicon } from '@/utils/bundled-lexicon';
import { exportPack, type ImportMode, type Pack } from '@/lexicon/pack';
import { mergeLexicon, recordFor, sameEntry, type Origin, type UserRecord } from '@/lexicon/user-lexicon';
import { ENTITY_TYPES, type Entry, type EntityType, type Lexicon } from '@/lexicon/schema';
import { defaultHex } from '@/utils/colours';
import { dirOf, translator, type Lang } from '@/utils/i18n';
import { EntryEditor } from '@/components/options/EntryEditor';
import { LIST_PAGE, LexiconBrowser } from '@/components/options/LexiconBrowser';
import { ImportPanel, type PendingImport } from '@/components/options/ImportPanel';
import { Preferences } from '@/components/options/Preferences';
import { AddFromPage } from '@/components/options/AddFromPage';
import { removeAllRecords, removeRecord, saveRecord } from '@/utils/lexicon-store';
import { importPack, readPack } from '@/utils/lexicon-import';
import { uiLangOf } from '@/utils/settings';
import { setDocumentLanguage } from '@/utils/document-language';
import { useReaderRecords, useSettings } from '@/components/hooks/use-watched';
import { toggleDisabled, update } from '@/utils/settings-store';
import './style.css';
import { LocaleProvider, useLocale } from '@/components/locale';

const TABS = ['lexicon', 'import', 'prefs'] as const;
type Tab = (typeof TABS)[number];

/**
 * The tabs' keys, as the WAI-ARIA tabs pattern has them: arrows move to the next or previous tab (mirrored right to
 * left), Home and End to the first and last, and the tab moved to is shown and focused.
 */
function moveTab(e: KeyboardEvent, lang: Lang, tab: Tab, setTab: (t: Tab) => void) {
  const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
  const back = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
  const at = TABS.indexOf(tab);
  const next =
    e.key === forward
      ? (at + 1) % TABS.length
      : e.key === back
        ? (at + TABS.length - 1) % TABS.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? TABS.length - 1
            : -1;
  if (next < 0) return;
  e.preventDefault();
  setTab(TABS[next]!);
  document.getElementById(`anc-tab-${TABS[next]}`)?.focus();
}
const DEFAULT_COLOURS = Object.fromEntries(ENTITY_TYPES.map((ty) => [ty, defaultHex(ty)])) as Record<EntityType, string>;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NO_RECORDS: UserRecord[] = [];

/** When the editor closes, focus goes back to the row of the entry it edited, or to "New entry". */
function useFocusAfterEditor(editing: { id: string | null } | null) {
  const edited = useRef<string | null>(null);
  useEffect(() => {
    if (editing) {
      edited.current = editing.id ?? '';
      return;
    }
    const id = edited.current;
    edited.current = null;
    if (id === null) return;
    const target = id ? document.querySelector<HTMLElement>(`li[data-entity="${id}"] button`) : null;
    (target ?? document.querySelector<HTMLElement>('[data-new-entry]'))?.focus();
  }, [editing]);
}

/** While the editor holds unsaved changes, leaving the page asks first. */
function useLeaveWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/**
 * The import and export tab: a chosen pack is read and previewed (or refused with the reason) before anything is
 * stored; export writes the reader's entries or the whole lexicon.
 */
function ImportTab({
  bundled,
  entries,
  records,
  message,
  setMessage,
  act,
}: {
  bundled: Lexicon;
  entries: Entry[];
  records: UserRecord[];
  message: Message | null;
  setMessage: (m: Message | null) => void;
  act: (run: () => Promise<unknown>, ok: string) => Promise<boolean>;
}) {
  const { t } = useLocale();
  const [pending, setPending] = useState<(PendingImport & { pack: Pack }) | null>(null);
  return (
    <ImportPanel
      pending={pending}
      message={message}
      onFile={async (file) => {
        setPending(null);
        const read = await readPack(await file.text(), bundled);
        if (!read.ok) setMessage({ kind: 'error', text: t('options.importRefused', read.error) });
        else {
          setMessage(null);
          setPending({ fileName: file.name, preview: read.preview, pack: read.pack });
        }
      }}
      onImport={async (mode: ImportMode) => {
        if (pending && (await act(() => importPack(pending.pack, mode, bundled), t('options.imported')))) setPending(null);
      }}
      onCancel={() => setPending(null)}
      onExport={(scope) => {
        const list = scope === 'all' ? entries : records.map((r) => r.entry);
        download(scope === 'all' ? 'arabic-news-companion-lexicon.json' : 'my-arabic-news-companion-entries.json', exportPack(list));
      }}
    />
  );
}

/** A message about the last storage change or import. */
interface Message {
  kind: 'ok' | 'error';
  text: string;
}

/** The settings page, over the bundled lexicon it edits (`bundled`, read before the page is drawn). */
function App({ bundled }: { bundled: Lexicon }) {
  const records = useReaderRecords() ?? NO_RECORDS;
  const settings = useSettings();
  const [tab, setTab] = useState<Tab>('lexicon');
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [origin, setOrigin] = useState<Origin | ''>('');
  // Kept here, not in the list, so that the row of an entry opened from a later page is there again when the editor closes.
  const [shownLimit, setShownLimit] = useState(LIST_PAGE);
  /** A new search or filter starts again from the first page of rows. */
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setShownLimit(LIST_PAGE);
    };
  const [editing, setEditing] = useState<{ id: string | null; prefill?: AddRequest } | null>(null);
  const [adding, setAdding] = useState<AddRequest | null>(() => addRequestOf(location.hash));
  const [message, setMessage] = useState<Message | null>(null);
  // Unsaved changes in the editor: leaving the page asks first; switching tabs keeps the editor as it is.
  const [dirty, setDirty] = useState(false);
  useFocusAfterEditor(editing);
  useLeaveWarning(dirty);

  const lang = uiLangOf(settings, browser.i18n.getUILanguage());
  const t = translator(lang);
  useEffect(() => setDocumentLanguage(lang, 'options'), [lang]);
  const merged = useMemo(() => mergeLexicon(bundled, records), [bundled, records]);
  const entries = merged.lexicon.entries;
  const targets = entries.map((e) => ({ id: e.id, name: e.name }));

  /** Runs a storage change and reports the outcome; on failure (a full quota) nothing was stored. */
  const act = async (run: () => Promise<unknown>, ok: string) => {
    try {
      await run();
      setMessage({ kind: 'ok', text: ok });
      return true;
    } catch (e) {
      setMessage({ kind: 'error', text: t('options.cannotSave', (e as Error).message) });
      return false;
    }
  };

  const save = async (entry: Entry) => {
    const original = bundled.entries.find((e) => e.id === entry.id);
    // Saving a bundled entry unchanged is the same as resetting it: keep no record.
    const run =
      original && sameEntry(original, entry)
        ? () => removeRecord(entry.id)
        : () => saveRecord(recordFor(entry, bundled, merged.origins[entry.id] === 'imported' ? 'imported' : undefined));
    if (await act(run, t('options.saved'))) setEditing(null);
  };

  if (!settings) return null;
  const editingEntry = editing?.id ? (entries.find((e) => e.id === editing.id) ?? null) : null;

  return (
    <LocaleProvider lang={lang}>
      <div class="anc-options anc-theme" lang={lang} dir={dirOf(lang)}>
        <header>
          <h1>{t('options.title')}</h1>
          <nav role="tablist" onKeyDown={(e) => moveTab(e, lang, tab, setTab)}>
            {TABS.map((k) => (
              <button
                key={k}
                id={`anc-tab-${k}`}
                type="button"
                role="tab"
                aria-selected={tab === k}
                aria-controls="anc-tabpanel"
                tabIndex={tab === k ? 0 : -1}
                class="anc-tab"
                onClick={() => setTab(k)}
              >
                {t(k === 'lexicon' ? 'options.lexicon' : k === 'import' ? 'options.importExport' : 'options.preferences')}
              </button>
            ))}
          </nav>
        </header>
        {message && tab !== 'import' && (
          <p class={`anc-message anc-message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <main>
          <div id="anc-tabpanel" role="tabpanel" aria-labelledby={`anc-tab-${tab}`}>
            {tab === 'lexicon' && adding !== null && (
              <AddFromPage
                request={adding}
                entries={targets}
                onNewEntry={(request) => {
                  setAdding(null);
                  setEditing({ id: null, prefill: request });
                }}
                onAddAlias={async (id, text) => {
                  const e = entries.find((x) => x.id === id)!;
                  if (
                    await act(
                      () => saveRecord(recordFor({ ...e, aliases: [...new Set([...e.aliases, text])] }, bundled)),
                      t('options.aliasAdded', text, e.name[lang]),
                    )
                  )
                    setAdding(null);
                }}
                onCancel={() => setAdding(null)}
              />
            )}
            {editing && (
              <div hidden={tab !== 'lexicon'}>
                <EntryEditor
                  key={editing.id ?? 'new'}
                  entry={editingEntry}
                  prefill={editing.prefill}
                  origin={editing.id ? (merged.origins[editing.id] ?? null) : null}
                  disabled={!!editing.id && settings.disabledIds.includes(editing.id)}
                  rules={bundled.rules}
                  targets={targets}
                  onSave={(entry) => void save(entry)}
                  onReset={(id) => void act(() => removeRecord(id), t('options.reset')).then((ok) => ok && setEditing(null))}
                  onDelete={(id) => void act(() => removeRecord(id), t('options.deleted')).then((ok) => ok && setEditing(null))}
                  onToggleDisabled={(id) => void toggleDisabled(id)}
                  onClose={() => setEditing(null)}
                  onDirty={setDirty}
                  confirmDiscard={() => confirm(t('options.discardConfirm'))}
                />
              </div>
            )}
            {tab === 'lexicon' && !editing && (
              <LexiconBrowser
                entries={entries}
                origins={merged.origins}
                disabledIds={settings.disabledIds}
                disabledTypes={settings.disabledTypes}
                query={query}
                type={type}
                origin={origin}
                onQuery={refilter(setQuery)}
                onType={refilter(setType)}
                onOrigin={refilter(setOrigin)}
                shownLimit={shownLimit}
                onMore={() => setShownLimit((n) => n + LIST_PAGE)}
                onEdit={(id) => setEditing({ id })}
                onNew={() => setEditing({ id: null })}
              />
            )}
            {/* Kept while other tabs show, so that a previewed pack waits for the reader. */}
            <div hidden={tab !== 'import'}>
              <ImportTab bundled={bundled} entries={entries} records={records} message={message} setMessage={setMessage} act={act} />
            </div>
            {tab === 'prefs' && (
              <Preferences
                settings={settings}
                defaultColours={DEFAULT_COLOURS}
                onChange={(patch) => void update(() => patch)}
                onResetAll={() => {
                  if (confirm(t('options.resetAllConfirm'))) void act(removeAllRecords, t('options.resetAllDone'));
                }}
              />
            )}
          </div>
        </main>
      </div>
    </LocaleProvider>
  );
}

void bundledLexicon().then((bundled) => render(<App bundled={bundled} />, document.getElementById('app')!));
