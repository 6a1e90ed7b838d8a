import { useQuery } from '@tanstack/react-query';
import { List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { PublicRound } from '../../../shared/selection';
import { listPublicRounds, selectionKeys } from '../../modules/selection/api';
import { ElderlySwitchItem } from '../me/preference-list';
import { Page } from '../ui/page';
import { EmptyState, QueryState } from '../ui/states';
import './selection.css';

/** 票决结果: every decided round, its counts (never who voted) and the year-end satisfaction; no sign-in. */
export function SelectionResultsPage() {
  const { t } = useTranslation('selection');
  const query = useQuery({ queryKey: selectionKeys.publicRounds(), queryFn: listPublicRounds });
  return (
    <Page title={t('phone.resultsTitle')}>
      <p className="lx-section">{t('phone.resultsIntro')}</p>
      <List className="lx-section" style={{ padding: 0 }}>
        <ElderlySwitchItem />
      </List>
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState title={t('phone.resultsEmpty')} />}
      >
        {(d) => d.items.map((r) => <RoundResult key={r.id} round={r} />)}
      </QueryState>
    </Page>
  );
}

function RoundResult({ round: r }: { round: PublicRound }) {
  const { t } = useTranslation(['selection', 'projects']);
  return (
    <section className="lx-section" data-testid="selection-result">
      <h3 className="lx-title">{r.name}</h3>
      <div className="lx-muted">
        {r.placeName} · {t('phone.turnout', { voters: r.voters, ballots: r.ballots, n: r.chooseCount })}
      </div>
      <List>
        {r.results.map((c) => (
          <List.Item
            key={`${c.rank}-${c.name}`}
            prefix={<span className="lx-result-votes">{c.rank}</span>}
            extra={<span className="lx-result-votes">{t('phone.votes', { count: c.votes ?? 0 })}</span>}
            description={`${t(`projects:categories.${c.category}`)}${c.isTie ? ` · ${t('phone.tieNote')}` : ''}`}
          >
            {c.name} {c.isWinner ? <Tag color="danger">{t('phone.winner')}</Tag> : null}
          </List.Item>
        ))}
      </List>
      {r.satisfaction.length > 0 ? (
        <>
          <h4 className="lx-title">{t('phone.rateTitle')}</h4>
          <List>
            {r.satisfaction.map((s) => (
              <List.Item
                key={s.projectId}
                description={
                  s.rate === null
                    ? t('phone.noRating')
                    : t('phone.rateLine', {
                        rate: s.rate,
                        s: s.satisfied,
                        f: s.fairlySatisfied,
                        d: s.dissatisfied,
                      })
                }
              >
                {s.name}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </section>
  );
}
