import { useState } from 'preact/hooks';
import type { Bilingual } from '@/lexicon/schema';
import type { AddRequest } from '@/utils/add-request';
import { useLocale } from '../locale';

export interface AddFromPageProps {
  /** The name, and where the side panel sends it from, its guessed type and the sentence it came from. */
  request: AddRequest;
  entries: { id: string; name: Bilingual }[];
  onNewEntry: (request: AddRequest) => void;
  onAddAlias: (id: string, text: string) => void;
  onCancel: () => void;
}

/** Text selected on a page, on its way into the lexicon: a new entry, or another name of an existing one. */
export function AddFromPage({ request, entries, onNewEntry, onAddAlias, onCancel }: AddFromPageProps) {
  const { lang, t } = useLocale();
  const { text } = request;
  const [target, setTarget] = useState('');
  return (
    <section class="anc-add" aria-label={t('options.addFromPage', text)}>
      <h2>{t('options.addFromPage', text)}</h2>
      {request.from && (
        <p class="anc-muted">
          {t('options.foundIn')} <q dir="rtl">{request.from}</q>
        </p>
      )}
      <div class="anc-editor__actions">
        <button type="button" class="anc-button anc-button--primary" onClick={() => onNewEntry(request)}>
          {t('options.asNewEntry')}
        </button>
      </div>
      <form
        class="anc-editor__actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (target) onAddAlias(target, text);
        }}
      >
        <label>
          {t('options.asAliasOf')}{' '}
          <select value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('options.chooseEntry')}</option>
            {[...entries]
              .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name[lang]}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" class="anc-button" disabled={!target}>
          {t('options.addAlias')}
        </button>
        <button type="button" class="anc-button" onClick={onCancel}>
          {t('options.cancel')}
        </button>
      </form>
    </section>
  );
}
