import { Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterKey, Rates } from '../../../shared/stats';
import { OUTCOMES, RATINGS } from '../../../shared/tickets';
import type { Names } from '../../modules/stats/api';
import { DefinedName } from './definition-tip';

const HEADLINE: readonly CounterKey[] = [
  'submitted',
  'accepted',
  'rejected',
  'merged',
  'resolved',
  'closed',
  'overdueOpen',
];

/** The ticket counts of the period: how many came in, were taken on, resolved, closed, and are red now. */
export function CountsStrip({ figures, names }: { figures: Rates; names: Names }) {
  return (
    <Flex wrap gap={32} data-testid="counts">
      {HEADLINE.map((key) => {
        const def = names.counter(key);
        const value = figures.counts[key];
        return (
          <Statistic
            key={key}
            title={<DefinedName name={def?.name ?? key} definition={def?.definition} />}
            value={value}
            styles={{
              content: { fontSize: 24, color: key === 'overdueOpen' && value > 0 ? '#cf1322' : undefined },
            }}
          />
        );
      })}
    </Flex>
  );
}

/**
 * Finished tickets by how they ended and rated ones by their latest rating. Only 已解决 is resolved: a ticket
 * closed as explained, transferred, duplicate or withdrawn is closed, never fixed (docs/metrics.md).
 */
export function OutcomesPanel({ figures }: { figures: Rates }) {
  const { t } = useTranslation(['console', 'stats']);
  const { t: tt } = useTranslation('tickets');
  const outcomeTotal = OUTCOMES.reduce((sum, o) => sum + figures.closedByOutcome[o], 0);
  const ratingTotal = RATINGS.reduce((sum, r) => sum + figures.ratedByRating[r], 0);
  return (
    <Row gutter={[32, 16]}>
      {/* Side by side when the panel spans the page; stacked in the narrow column beside the indicators. */}
      <Col xs={24} md={13} xxl={24}>
        <Typography.Text strong>{t('stats:outcomes')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px', fontSize: 13 }}>
          {t('stats:outcomesHint')}
        </Typography.Paragraph>
        <div data-testid="outcomes">
          {OUTCOMES.map((o) => (
            <ShareRow
              key={o}
              testId={`outcome-${o}`}
              label={
                <>
                  {tt(`outcomes.${o}`)}
                  {o === 'resolved' ? (
                    <Tag color="success" style={{ marginLeft: 8 }}>
                      {t('stats:countsAsResolved')}
                    </Tag>
                  ) : null}
                </>
              }
              count={figures.closedByOutcome[o]}
              total={outcomeTotal}
              color={o === 'resolved' ? '#2F9E8F' : '#8C8C8C'}
            />
          ))}
        </div>
      </Col>
      <Col xs={24} md={11} xxl={24}>
        <Typography.Text strong>{t('stats:ratings')}</Typography.Text>
        <div data-testid="ratings" style={{ marginTop: 8 }}>
          {RATINGS.map((r) => (
            <ShareRow
              key={r}
              testId={`rating-${r}`}
              label={tt(`ratings.${r}`)}
              count={figures.ratedByRating[r]}
              total={ratingTotal}
              color={r === 'unsatisfied' ? '#D4380D' : r === 'satisfied' ? '#2F9E8F' : '#7CC4B8'}
            />
          ))}
        </div>
      </Col>
    </Row>
  );
}

type ShareProps = { label: React.ReactNode; count: number; total: number; color: string; testId: string };

/** A label, its count and a thin bar for its share of the group. */
function ShareRow({ label, count, total, color, testId }: ShareProps) {
  const { t } = useTranslation(['console', 'stats']);
  const share = total > 0 ? count / total : 0;
  return (
    <Flex align="center" gap={12} style={{ padding: '5px 0' }} data-testid={testId}>
      <span style={{ flex: '0 0 45%', minWidth: 0 }}>{label}</span>
      <div style={{ flex: 1, height: 8, background: '#f0f0f0', borderRadius: 4, overflow: 'hidden' }}>
        <div style={{ width: `${share * 100}%`, height: '100%', background: color }} />
      </div>
      <span style={{ flex: '0 0 64px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {t('stats:tickets', { count })}
      </span>
    </Flex>
  );
}
