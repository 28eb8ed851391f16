import type { CandidateSummary } from '@/lexicon/page-summary';
import { useLocale } from './locale';

export interface CandidateListProps {
  candidates: readonly CandidateSummary[];
  onShow: (key: string) => void;
  onAdd: (candidate: CandidateSummary) => void;
  onDismiss: (key: string) => void;
}

/** "Not in the lexicon yet": names the page's marks point to that the lexicon lacks, with what to do about them. */
export function CandidateList({ candidates, onShow, onAdd, onDismiss }: CandidateListProps) {
  const { t } = useLocale();
  if (candidates.length === 0) return null;
  return (
    <section class="anc-candidates" aria-labelledby="anc-candidates-title">
      <h2 id="anc-candidates-title">
        {t('panel.candidates')} <span class="anc-list__count">{candidates.length}</span>
      </h2>
      <p class="anc-muted">{t('panel.candidatesHint')}</p>
      <ul>
        {candidates.map((c) => (
          <li key={c.key} data-candidate={c.key}>
            <button type="button" class="anc-link anc-candidates__name" onClick={() => onShow(c.key)}>
              <bdi>{c.text}</bdi>
            </button>{' '}
            <span class="anc-muted">
              {t(`type.${c.type}`)} · {t('panel.mentions', String(c.count))}
            </span>
            <p class="anc-candidates__context" dir="rtl">
              … {c.before}
              <mark>{c.text}</mark>
              {c.after} …
            </p>
            <div class="anc-candidates__actions">
              <button type="button" class="anc-button" onClick={() => onAdd(c)}>
                {t('panel.addToLexicon')}
              </button>
              <button type="button" class="anc-button" onClick={() => onDismiss(c.key)}>
                {t('panel.notAName')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
