import type { AddRequest } from '@/utils/add-request';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, FACT_KEYS, MEMBER_STATUSES, RELATION_TYPES, type Bilingual, type Entry, type Rules } from '@/lexicon/schema';
import type { Origin } from '@/lexicon/user-lexicon';
import { aliasProblems, draftOf, emptyDraft, entryOf, type Draft } from './draft';
import { useLocale } from '../locale';

export interface EntryEditorProps {
  /** The entry to edit, or null for a new one (then `prefill` may give its Arabic name and type). */
  entry: Entry | null;
  prefill?: AddRequest;
  origin: Origin | null;
  disabled: boolean;
  rules: Rules;
  /** Every id of the lexicon, for relation targets and to refuse a taken id. */
  targets: { id: string; name: Bilingual }[];
  onSave: (entry: Entry) => void;
  onReset: (id: string) => void;
  onDelete: (id: string) => void;
  onToggleDisabled: (id: string) => void;
  onClose: () => void;
  /** Told whether the draft differs from the entry as opened, so the page can keep edits from being lost. */
  onDirty?: (dirty: boolean) => void;
  /** Asks the reader whether to drop the changes made (Cancel with changes); true drops them. */
  confirmDiscard: () => boolean;
}

const TARGETS_LIST = 'anc-relation-targets';

/** Edits every part of an entry; aliases the tagger could not match are flagged before anything is saved. */
export function EntryEditor(p: EntryEditorProps) {
  const { lang, t } = useLocale();
  const [initial] = useState<Draft>(() => (p.entry ? draftOf(p.entry) : emptyDraft(p.prefill?.text, p.prefill?.type)));
  const [draft, setDraft] = useState<Draft>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const { onDirty } = p;
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  useEffect(() => () => onDirty?.(false), [onDirty]);
  // The editor opens at its top with focus on the heading that names the entry: the list it replaced is gone.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const cancel = () => {
    if (!dirty || p.confirmDiscard()) p.onClose();
  };
  const isNew = p.entry === null;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setFact = (i: number, patch: Partial<Draft['facts'][number]>) => set({ facts: draft.facts.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setRelation = (i: number, patch: Partial<Draft['relations'][number]>) =>
    set({ relations: draft.relations.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const flagged = aliasProblems(draft, p.rules);
  const field = (label: string, key: keyof Draft, opts: { multiline?: boolean; dir?: 'rtl' | 'ltr'; hint?: string; readOnly?: boolean } = {}) => {
    const Tag = opts.multiline ? 'textarea' : 'input';
    return (
      <label class="anc-field">
        <span>{label}</span>
        <Tag
          value={draft[key] as string}
          dir={opts.dir}
          readOnly={opts.readOnly}
          rows={opts.multiline ? 4 : undefined}
          onInput={(e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value } as Partial<Draft>)}
        />
        {opts.hint && <small>{opts.hint}</small>}
      </label>
    );
  };

  const save = () => {
    const taken = new Set(isNew ? p.targets.map((x) => x.id) : []);
    const known = new Set(p.targets.map((x) => x.id));
    const unknown = draft.relations.filter((r) => !known.has(r.target)).map((r) => t('options.unknownTarget', r.target));
    const result = entryOf(draft, p.rules, taken);
    setProblems([...unknown, ...(result.ok ? [] : result.problems)]);
    if (result.ok && unknown.length === 0) p.onSave(result.entry);
  };

  return (
    <form
      class="anc-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      aria-labelledby="anc-editor-heading"
    >
      <h2 id="anc-editor-heading" class="anc-editor__heading" tabIndex={-1} ref={heading}>
        {isNew ? t('options.newEntry') : `${t('options.edit')}: ${p.entry!.name[lang]}`}
      </h2>
      <div class="anc-editor__row">
        {field(t('options.id'), 'id', { dir: 'ltr', hint: isNew ? t('options.idHint') : undefined, readOnly: !isNew })}
        <label class="anc-field">
          <span>{t('options.type')}</span>
          <select value={draft.type} onChange={(e) => set({ type: value(e) as Draft['type'] })}>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`type.${ty}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="anc-editor__row">
        {field(t('options.nameAr'), 'nameAr', { dir: 'rtl' })}
        {field(t('options.nameEn'), 'nameEn', { dir: 'ltr' })}
      </div>
      {field(t('options.aliases'), 'aliases', { multiline: true, dir: 'rtl' })}
      {flagged.length > 0 && (
        <ul class="anc-problems" role="alert">
          {flagged.map((f) => (
            <li key={f.alias}>{t('options.aliasProblem', f.alias, f.reason)}</li>
          ))}
        </ul>
      )}
      {field(t('options.nisba'), 'nisba', { multiline: true, dir: 'rtl' })}
      {field(t('options.quoted'), 'quoted', { multiline: true, dir: 'rtl', hint: t('options.quotedHint') })}
      {field(t('options.short'), 'short', { multiline: true, dir: 'rtl', hint: t('options.shortHint') })}
      {field(t('options.summaryAr'), 'summaryAr', { multiline: true, dir: 'rtl' })}
      {field(t('options.summaryEn'), 'summaryEn', { multiline: true, dir: 'ltr' })}
      {field(t('options.sources'), 'sources', { multiline: true, dir: 'ltr', hint: t('options.sourcesHint') })}
      <div class="anc-editor__row">
        {field(t('options.asOf'), 'asOf', { dir: 'ltr', hint: t('options.asOfHint') })}
        {field(t('options.lat'), 'lat', { dir: 'ltr' })}
        {field(t('options.lon'), 'lon', { dir: 'ltr' })}
      </div>

      <fieldset>
        <legend>{t('options.facts')}</legend>
        {draft.facts.map((f, i) => (
          <div class="anc-editor__row" key={i}>
            <select aria-label={t('options.factKey')} value={f.key} onChange={(e) => setFact(i, { key: value(e) as typeof f.key })}>
              {FACT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`fact.${k}`)}
                </option>
              ))}
            </select>
            <input aria-label={t('options.valueEn')} dir="ltr" value={f.en} onInput={(e) => setFact(i, { en: value(e) })} />
            <input aria-label={t('options.valueAr')} dir="rtl" value={f.ar} onInput={(e) => setFact(i, { ar: value(e) })} />
            <button type="button" class="anc-button" onClick={() => set({ facts: draft.facts.filter((_, j) => j !== i) })}>
              {t('options.remove')}
            </button>
          </div>
        ))}
        <button type="button" class="anc-button" onClick={() => set({ facts: [...draft.facts, { key: 'role', en: '', ar: '' }] })}>
          {t('options.add')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('options.relations')}</legend>
        {draft.relations.map((r, i) => (
          <div class="anc-editor__relation" key={i}>
            <div class="anc-editor__row">
              <select aria-label={t('options.relationType')} value={r.type} onChange={(e) => setRelation(i, { type: value(e) as typeof r.type })}>
                {RELATION_TYPES.map((k) => (
                  <option key={k} value={k}>
                    {t(`relation.${k}`)}
                  </option>
                ))}
              </select>
              <input aria-label={t('options.target')} list={TARGETS_LIST} dir="ltr" value={r.target} onInput={(e) => setRelation(i, { target: value(e) })} />
              <select aria-label={t('options.status')} value={r.status} onChange={(e) => setRelation(i, { status: value(e) as typeof r.status })}>
                <option value="">—</option>
                {MEMBER_STATUSES.map((k) => (
                  <option key={k} value={k}>
                    {t(`status.${k}`)}
                  </option>
                ))}
              </select>
              <button type="button" class="anc-button" onClick={() => set({ relations: draft.relations.filter((_, j) => j !== i) })}>
                {t('options.remove')}
              </button>
            </div>
            <div class="anc-editor__row">
              <input
                aria-label={t('options.noteEn')}
                placeholder={t('options.noteEn')}
                dir="ltr"
                value={r.noteEn}
                onInput={(e) => setRelation(i, { noteEn: value(e) })}
              />
              <input
                aria-label={t('options.noteAr')}
                placeholder={t('options.noteAr')}
                dir="rtl"
                value={r.noteAr}
                onInput={(e) => setRelation(i, { noteAr: value(e) })}
              />
            </div>
          </div>
        ))}
        <button
          type="button"
          class="anc-button"
          onClick={() => set({ relations: [...draft.relations, { type: 'related', target: p.targets[0]?.id ?? '', status: '', noteEn: '', noteAr: '' }] })}
        >
          {t('options.add')}
        </button>
        {/* One list of targets for every relation row: a select per row held a thousand options each. */}
        <datalist id={TARGETS_LIST}>
          {p.targets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name[lang]}
            </option>
          ))}
        </datalist>
      </fieldset>

      {problems.length > 0 && (
        <ul class="anc-problems" role="alert">
          {problems.map((m) => (
            <li key={m}>{t('options.cannotSave', m)}</li>
          ))}
        </ul>
      )}
      <div class="anc-editor__actions">
        <button type="submit" class="anc-button anc-button--primary">
          {t('options.save')}
        </button>
        <button type="button" class="anc-button" onClick={cancel}>
          {t('options.cancel')}
        </button>
        {!isNew && p.origin === 'edited' && (
          <button type="button" class="anc-button" onClick={() => p.onReset(draft.id)}>
            {t('options.resetEntry')}
          </button>
        )}
        {!isNew && (p.origin === 'added' || p.origin === 'imported') && (
          <button type="button" class="anc-button" onClick={() => p.onDelete(draft.id)}>
            {t('options.delete')}
          </button>
        )}
        {!isNew && (
          <button type="button" class="anc-button" aria-pressed={p.disabled} onClick={() => p.onToggleDisabled(draft.id)}>
            {p.disabled ? t('options.enable') : t('options.disable')}
          </button>
        )}
      </div>
    </form>
  );
}
