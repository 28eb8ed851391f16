import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '@/lexicon/schema';
import type { Settings } from '@/utils/settings';
import { useLocale } from '../locale';

export interface PreferencesProps {
  settings: Settings;
  /** Default colour of each type, as #rrggbb. */
  defaultColours: Record<EntityType, string>;
  onChange: (patch: Partial<Settings>) => void;
  onResetAll: () => void;
}

/** Colours, hover delay, the types looked for, paused sites, language. */
export function Preferences({ settings, defaultColours, onChange, onResetAll }: PreferencesProps) {
  const { t } = useLocale();
  const [site, setSite] = useState('');
  return (
    <section class="anc-prefs" aria-label={t('options.preferences')}>
      <fieldset>
        <legend>{t('options.disabledTypes')}</legend>
        {ENTITY_TYPES.map((ty) => (
          <label key={ty} class="anc-prefs__type">
            <input
              type="checkbox"
              checked={!settings.disabledTypes.includes(ty)}
              onChange={(e) =>
                onChange({
                  disabledTypes: (e.currentTarget as HTMLInputElement).checked
                    ? settings.disabledTypes.filter((x) => x !== ty)
                    : [...settings.disabledTypes, ty],
                })
              }
            />
            <input
              type="color"
              aria-label={`${t('options.colours')}: ${t(`typePlural.${ty}`)}`}
              value={settings.colours[ty] ?? defaultColours[ty]}
              onChange={(e) => onChange({ colours: { ...settings.colours, [ty]: (e.currentTarget as HTMLInputElement).value } })}
            />
            {t(`typePlural.${ty}`)}
          </label>
        ))}
      </fieldset>
      <label class="anc-field">
        <span>{t('options.hoverDelay')}</span>
        <input
          type="number"
          min={0}
          max={3000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const ms = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(ms)) onChange({ hoverDelayMs: Math.min(3000, Math.max(0, Math.round(ms))) });
          }}
        />
      </label>
      <label class="anc-check">
        <input
          type="checkbox"
          checked={settings.showCandidates}
          onChange={(e) => onChange({ showCandidates: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('options.showCandidates')}
      </label>
      <fieldset>
        <legend>{t('options.pausedSites')}</legend>
        {settings.pausedSites.length === 0 && <p class="anc-muted">{t('options.noPausedSites')}</p>}
        <ul>
          {settings.pausedSites.map((h) => (
            <li key={h}>
              <span dir="ltr">{h}</span>{' '}
              <button type="button" class="anc-button" onClick={() => onChange({ pausedSites: settings.pausedSites.filter((x) => x !== h) })}>
                {t('options.unpause')}
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = site
              .trim()
              .toLowerCase()
              .replace(/^https?:\/\//, '')
              .replace(/\/.*$/, '');
            if (host && !settings.pausedSites.includes(host)) onChange({ pausedSites: [...settings.pausedSites, host] });
            setSite('');
          }}
        >
          <input
            dir="ltr"
            aria-label={t('options.addSite')}
            placeholder={t('options.sitePlaceholder')}
            value={site}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="anc-button">
            {t('options.addSite')}
          </button>
        </form>
      </fieldset>
      <label class="anc-field">
        <span>{t('options.language')}</span>
        <select value={settings.uiLanguage} onChange={(e) => onChange({ uiLanguage: (e.currentTarget as HTMLSelectElement).value as Settings['uiLanguage'] })}>
          <option value="auto">{t('options.auto')}</option>
          <option value="en">English</option>
          <option value="ar">العربية</option>
        </select>
      </label>
      <button type="button" class="anc-button" onClick={onResetAll}>
        {t('options.resetAll')}
      </button>
    </section>
  );
}
