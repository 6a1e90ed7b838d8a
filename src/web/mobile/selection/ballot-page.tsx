import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, CheckList, Dialog, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotView } from '../../../shared/selection';
import { RATINGS, type Rating } from '../../../shared/selection-workflow';
import { castBallot, listMyBallots, rateProject, selectionKeys } from '../../modules/selection/api';
import { Page } from '../ui/page';
import { EmptyState, QueryState, useErrorText } from '../ui/states';
import './selection.css';

/** 民生实事票决 for a registered voter: the shortlist to choose from (at most N), then the year-end rating. */
export function BallotPage() {
  const { t } = useTranslation('selection');
  const query = useQuery({ queryKey: selectionKeys.ballots(), queryFn: listMyBallots });
  return (
    <Page title={t('phone.ballotsTitle')} back="/m">
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState title={t('phone.ballotsEmpty')} />}
      >
        {(d) => d.items.map((b) => <BallotCard key={b.roundId} ballot={b} />)}
      </QueryState>
    </Page>
  );
}

function BallotCard({ ballot: b }: { ballot: BallotView }) {
  const { t } = useTranslation(['selection', 'projects']);
  const client = useQueryClient();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<string[]>([]);
  const [isBusy, setBusy] = useState(false);
  const refresh = () => void client.invalidateQueries({ queryKey: selectionKeys.ballots() });
  const submit = async () => {
    if (!(await Dialog.confirm({ content: t('phone.confirm') }))) {
      return;
    }
    setBusy(true);
    try {
      await castBallot(b.roundId, chosen);
      Toast.show({ content: t('phone.voted') });
      refresh();
    } catch (error) {
      Toast.show({ content: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const isOpen = b.state === 'voting' && b.myChoices === null;
  return (
    <section className="lx-section" data-testid="ballot">
      <h3 className="lx-title">{b.name}</h3>
      {isOpen ? (
        <>
          <p>{t('phone.chooseHint', { n: b.chooseCount })}</p>
          <CheckList
            multiple
            value={chosen}
            onChange={(v) => setChosen((v as string[]).slice(0, b.chooseCount))}
          >
            {b.candidates.map((c) => (
              <CheckList.Item
                key={c.id}
                value={c.id}
                className="lx-ballot-choice"
                disabled={!chosen.includes(c.id) && chosen.length >= b.chooseCount}
                description={c.summary}
              >
                {c.name}
                <span className="lx-muted">
                  {' '}
                  · {t(`projects:categories.${c.category}`)}
                  {c.budget === null ? '' : ` · ${t('phone.budget', { yuan: c.budget.toLocaleString() })}`}
                </span>
              </CheckList.Item>
            ))}
          </CheckList>
          <p aria-live="polite">{t('phone.chosen', { count: chosen.length, n: b.chooseCount })}</p>
          <Button
            block
            color="primary"
            size="large"
            loading={isBusy}
            disabled={chosen.length === 0}
            onClick={submit}
          >
            {t('phone.submit')}
          </Button>
        </>
      ) : (
        <p>
          {b.myChoices !== null
            ? t('phone.voted')
            : b.state === 'decided'
              ? t('phone.closed')
              : t('phone.notOpen')}
        </p>
      )}
      {b.myChoices && b.state === 'voting' ? (
        <ul>
          {b.candidates
            .filter((c) => b.myChoices?.includes(c.id))
            .map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
        </ul>
      ) : null}
      {b.projects.length > 0 ? <RatingList ballot={b} onRated={refresh} /> : null}
    </section>
  );
}

/** 年终满意度测评: one rating per project, three large buttons each. */
function RatingList({ ballot: b, onRated }: { ballot: BallotView; onRated: () => void }) {
  const { t } = useTranslation('selection');
  const errorText = useErrorText();
  const rate = async (projectId: string, rating: Rating) => {
    try {
      await rateProject(b.roundId, { projectId, rating });
      onRated();
    } catch (error) {
      Toast.show({ content: errorText(error) });
    }
  };
  return (
    <>
      <h4 className="lx-title">{t('phone.rateTitle')}</h4>
      {b.projects.map((p) => (
        <div key={p.projectId} style={{ marginBottom: 16 }}>
          <div>{p.name}</div>
          {p.myRating ? (
            <Tag color="success">{t('phone.rated', { rating: t(`ratings.${p.myRating}`) })}</Tag>
          ) : (
            <div className="lx-rating-buttons">
              {RATINGS.map((r) => (
                <Button key={r} size="large" onClick={() => void rate(p.projectId, r)}>
                  {t(`ratings.${r}`)}
                </Button>
              ))}
            </div>
          )}
        </div>
      ))}
    </>
  );
}
