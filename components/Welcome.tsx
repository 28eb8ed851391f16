import type { Settings } from '@/utils/settings';
import { dirOf, isolate } from '@/utils/i18n';
import { ColourLegend } from './ColourLegend';
import { useLocale } from './locale';

export interface WelcomeProps {
  colours: Settings['colours'];
  /** Next and previous mention as the browser reports them, or null where the reader has not set both. */
  shortcuts: [string, string] | null;
  onOpenSettings: () => void;
}

/** The page a new reader sees once, on install: what the colours mean, cards, keys, the panel, pausing. */
export function Welcome({ colours, shortcuts, onOpenSettings }: WelcomeProps) {
  const { lang, t } = useLocale();
  const sections = [
    ['cardsTitle', t('welcome.cards')],
    ['keysTitle', shortcuts ? t('welcome.keys', ...shortcuts.map(isolate)) : t('welcome.keysUnset')],
    ['panelTitle', t('welcome.panel')],
    ['pauseTitle', t('welcome.pause')],
  ] as const;
  return (
    <main class="anc-welcome anc-theme" lang={lang} dir={dirOf(lang)}>
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <ColourLegend colours={colours} open />
      {sections.map(([title, text]) => (
        <section key={title}>
          <h2>{t(`welcome.${title}`)}</h2>
          <p>{text}</p>
        </section>
      ))}
      <section>
        <h2>{t('welcome.lexiconTitle')}</h2>
        <p>{t('welcome.lexicon')}</p>
        <button type="button" class="anc-button" onClick={onOpenSettings}>
          {t('welcome.openSettings')}
        </button>
      </section>
    </main>
  );
}
