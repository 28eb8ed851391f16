import type { MentionSnippet } from '@/lexicon/page-summary';
import { useLocale } from './locale';

export interface MentionListProps {
  mentions: MentionSnippet[];
  /** Total name mentions (the list may hold only the first ones). */
  total: number;
  current: number | null;
  onShow: (index: number) => void;
}

/** Where an entity is mentioned on the page: each mention in its context, and a way to step through them. */
export function MentionList({ mentions, total, current, onShow }: MentionListProps) {
  const { t } = useLocale();
  const step = (d: 1 | -1) => onShow(current === null ? (d === 1 ? 0 : total - 1) : (current + d + total) % total);
  return (
    <section class="anc-mentions" aria-labelledby="anc-mentions-title">
      <div class="anc-mentions__bar">
        <h3 id="anc-mentions-title">{t('panel.whereMentioned')}</h3>
        <span class="anc-mentions__position" aria-live="polite">
          {current !== null && t('panel.mentionOf', String(current + 1), String(total))}
        </span>
        <button type="button" class="anc-button" aria-label={t('panel.previous')} title={t('panel.previous')} onClick={() => step(-1)}>
          ‹
        </button>
        <button type="button" class="anc-button" aria-label={t('panel.next')} title={t('panel.next')} onClick={() => step(1)}>
          ›
        </button>
      </div>
      <ol class="anc-mentions__list">
        {mentions.map((m) => (
          <li key={m.index}>
            <button
              type="button"
              class="anc-mentions__item"
              aria-current={m.index === current || undefined}
              onClick={() => onShow(m.index)}
              dir="rtl"
              lang="ar"
            >
              <span class="anc-mentions__context">…{m.before}</span>
              <mark>{m.text}</mark>
              <span class="anc-mentions__context">{m.after}…</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
