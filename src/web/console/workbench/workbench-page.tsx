import { ClockCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRates } from '../../modules/stats/api';
import { percentText } from '../../modules/stats/format';
import { periodOf } from '../../modules/stats/period';
import { useQueueCounts } from '../../modules/tickets/api';
import { workbenchQueues } from '../../modules/tickets/workbench';
import { PageFrame } from '../../ui/page-frame';
import { useSignedIn } from '../shell/gates';

const THREE_RATES = ['responseRate', 'resolutionRate', 'satisfactionRate'] as const;

/**
 * 工作台: where each role lands — its own queues with how many wait in each, what is about to be late, and for
 * those who read the figures the three rates of their area this month.
 */
export function WorkbenchPage() {
  const { t } = useTranslation(['console', 'tickets']);
  const me = useSignedIn();
  const counts = useQueueCounts().data;
  const queues = workbenchQueues(me.roles);
  const readsStats = me.permissions.includes('stats.read');
  return (
    <PageFrame title={t('workbench.title')} description={t('workbench.hello', { name: me.displayName })}>
      <Row gutter={[16, 16]}>
        {queues.map((queue) => (
          <Col key={queue} xs={24} sm={12} lg={8} xl={6}>
            <Link to={queue === 'mine' ? '/console/tickets?queue=mine' : `/console/tickets?queue=${queue}`}>
              <Card hoverable size="small" data-testid={`workbench-${queue}`}>
                <Statistic
                  title={t(`tickets:office.queues.${queue}`)}
                  value={counts?.queues[queue] ?? '—'}
                  suffix={<RightOutlined style={{ fontSize: 12, color: '#8c8c8c' }} />}
                />
              </Card>
            </Link>
          </Col>
        ))}
        <Col xs={24} sm={12} lg={8} xl={6}>
          <Card size="small" data-testid="workbench-due-soon">
            <Statistic
              title={t('workbench.dueSoon')}
              value={counts?.dueSoon ?? '—'}
              prefix={<ClockCircleOutlined style={{ color: '#d48806' }} />}
            />
          </Card>
        </Col>
      </Row>
      {readsStats ? <AreaRates /> : null}
    </PageFrame>
  );
}

/** The three rates of the caller's own area this month, and the way to 三率统计. */
function AreaRates() {
  const { t } = useTranslation(['console']);
  const rates = useRates(null, periodOf('thisMonth')).data;
  return (
    <Card
      title={t('workbench.rates')}
      size="small"
      style={{ marginTop: 16 }}
      extra={<Link to="/console/stats">{t('workbench.toStats')}</Link>}
      data-testid="workbench-rates"
    >
      <Row gutter={16}>
        {THREE_RATES.map((key) => (
          <Col key={key} xs={24} sm={8}>
            <Statistic
              title={t(`workbench.rateNames.${key}`)}
              value={rates ? percentText(rates.rates[key].value) : '—'}
            />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{t('workbench.ratesHint')}</Typography.Text>
    </Card>
  );
}
