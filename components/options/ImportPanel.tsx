import { useState } from 'preact/hooks';
import type { ImportMode, ImportPreview } from '@/lexicon/pack';
import { useLocale } from '../locale';
import { isolate } from '@/utils/i18n';

export interface PendingImport {
  fileName: string;
  preview: (mode: ImportMode) => ImportPreview;
}

export interface ImportPanelProps {
  pending: PendingImport | null;
  /** The last outcome, to announce: a success or the refusal with its reason. */
  message: { kind: 'ok' | 'error'; text: string } | null;
  onFile: (file: File) => void;
  onImport: (mode: ImportMode) => void;
  onCancel: () => void;
  onExport: (scope: 'mine' | 'all') => void;
}

/** Export the lexicon as a pack; import one after a preview of what it would change. */
export function ImportPanel(p: ImportPanelProps) {
  const { lang, t } = useLocale();
  const [mode, setMode] = useState<ImportMode>('merge');
  const preview = p.pending?.preview(mode);
  const names = (list: { name: { en: string; ar: string } }[]) => list.map((e) => e.name[lang]).join('، ');
  return (
    <section class="anc-import" aria-label={t('options.importExport')}>
      <div class="anc-editor__actions">
        <button type="button" class="anc-button" onClick={() => p.onExport('mine')}>
          {t('options.exportMine')}
        </button>
        <button type="button" class="anc-button" onClick={() => p.onExport('all')}>
          {t('options.exportAll')}
        </button>
      </div>
      <label class="anc-field">
        <span>{t('options.importFile', isolate('.json'))}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) p.onFile(file);
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
      </label>
      {p.message && (
        <p class={`anc-message anc-message--${p.message.kind}`} role={p.message.kind === 'error' ? 'alert' : 'status'}>
          {p.message.text}
        </p>
      )}
      {p.pending && preview && (
        <div class="anc-preview" aria-label={t('options.preview', p.pending.fileName)}>
          <p>{t('options.preview', p.pending.fileName)}</p>
          <ul>
            <li data-kind="added">
              {t('options.previewAdded', String(preview.added.length))}
              {preview.added.length > 0 && `: ${names(preview.added)}`}
            </li>
            <li data-kind="changed">
              {t('options.previewChanged', String(preview.changed.length))}
              {preview.changed.length > 0 && `: ${names(preview.changed.map((c) => c.after))}`}
            </li>
            <li data-kind="conflicts">
              {t('options.previewConflicts', String(preview.conflicts.length))}
              {preview.conflicts.length > 0 && `: ${names(preview.conflicts.map((c) => c.after))}`}
            </li>
            {mode === 'replace' && (
              <li data-kind="removed">
                {t('options.previewRemoved', String(preview.removed.length))}
                {preview.removed.length > 0 && `: ${names(preview.removed)}`}
              </li>
            )}
            <li data-kind="unchanged">{t('options.previewUnchanged', String(preview.unchanged.length))}</li>
          </ul>
          <fieldset>
            <legend>{t('options.mode')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m} class="anc-radio">
                <input type="radio" name="anc-import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`options.${m}`)}
              </label>
            ))}
          </fieldset>
          <div class="anc-editor__actions">
            <button type="button" class="anc-button anc-button--primary" onClick={() => p.onImport(mode)}>
              {t('options.doImport')}
            </button>
            <button type="button" class="anc-button" onClick={p.onCancel}>
              {t('options.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
