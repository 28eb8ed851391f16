import type { Settings } from '@/utils/settings';
import { ColourLegend } from './ColourLegend';
import { dirOf, isolate } from '@/utils/i18n';
import { useLocale } from './locale';

export interface ActionPopupProps {
  /** The active tab's site, or null where extensions may not run (browser pages, the web store). */
  hostname: string | null;
  settings: Settings;
  /** Shortcuts for next and previous mention, as the browser reports them. */
  shortcuts: [string, string];
  onToggleSite: () => void;
  onToggleGlobal: () => void;
  onOpenPanel: () => void;
  onOpenSettings: () => void;
}

/** The toolbar popup: whether the companion runs on this site, and the switches to pause it here or everywhere. */
export function ActionPopup({ hostname, settings, shortcuts, ...on }: ActionPopupProps) {
  const { lang, t } = useLocale();
  const sitePaused = hostname !== null && settings.pausedSites.includes(hostname);
  const status = settings.paused
    ? t('popup.pausedEverywhere')
    : hostname === null
      ? t('popup.restricted')
      : sitePaused
        ? t('popup.pausedHere', hostname)
        : t('popup.activeHere', hostname);
  return (
    <main class="anc-popup anc-theme" lang={lang} dir={dirOf(lang)}>
      <h1>{t('popup.title')}</h1>
      <p class="anc-popup__status" role="status">
        {status}
      </p>
      <div class="anc-popup__actions">
        {hostname !== null && (
          <button type="button" class="anc-button" aria-pressed={sitePaused} onClick={on.onToggleSite}>
            {sitePaused ? t('popup.resumeSite') : t('popup.pauseSite')}
          </button>
        )}
        <button type="button" class="anc-button" aria-pressed={settings.paused} onClick={on.onToggleGlobal}>
          {settings.paused ? t('popup.resumeAll') : t('popup.pauseAll')}
        </button>
        <button type="button" class="anc-button" onClick={on.onOpenPanel}>
          {t('popup.openPanel')}
        </button>
        <button type="button" class="anc-button" onClick={on.onOpenSettings}>
          {t('popup.settings')}
        </button>
      </div>
      <p class="anc-popup__hint">{t('popup.shortcuts', ...shortcuts.map(isolate))}</p>
      <ColourLegend colours={settings.colours} />
    </main>
  );
}
