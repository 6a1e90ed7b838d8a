import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Spin, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursOf } from '../../../shared/certificates';
import type { PartyMemberMonth } from '../../../shared/volunteer-figures';
import { exportPartyReport, usePartyReport } from '../../modules/volunteer-figures/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { today } from '../../ui/time';
import { useSignedIn } from '../shell/gates';
import { PlaceField } from './place-field';

type CountKey =
  | 'wishesClaimed'
  | 'wishesCompleted'
  | 'ordersClaimed'
  | 'ordersCompleted'
  | 'activitiesAttended';

/**
 * 党员报到月报 (在职党员双报到): every party member reporting to a community of the subtree, with their month's
 * claims, completions, activities and confirmed hours, one table per party branch. Phones come masked.
 */
export function PartyReportPage() {
  const { t } = useTranslation('volunteer-figures');
  const { message } = App.useApp();
  const me = useSignedIn();
  const [placeId, setPlaceId] = useState<string | null>(me.placeId);
  const [month, setMonth] = useState(today().format('YYYY-MM'));
  const report = usePartyReport(placeId, month);
  const [isExporting, setExporting] = useState(false);
  const runExport = async () => {
    setExporting(true);
    try {
      await exportPartyReport(placeId, month);
    } catch (error) {
      void message.error(errorText(error, t('figures.exportFailed')));
    } finally {
      setExporting(false);
    }
  };
  const count = (key: CountKey) => ({
    key,
    title: t(`names.${key}`),
    dataIndex: key,
    align: 'right' as const,
  });
  return (
    <PageFrame
      title={t('party.title')}
      description={t('party.description')}
      extra={
        <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void runExport()}>
          {t('party.export')}
        </Button>
      }
    >
      <Panel>
        <Flex wrap gap={24} align="center">
          <PlaceField id="party-place" value={placeId} onChange={(id) => setPlaceId(id ?? me.placeId)} />
          <Flex gap={8} align="center">
            <label htmlFor="party-month" style={{ whiteSpace: 'nowrap' }}>
              {t('party.month')}
            </label>
            <DatePicker
              id="party-month"
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              disabledDate={(d) => d.isAfter(today(), 'month')}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
          </Flex>
          {report.isFetching ? <Spin size="small" /> : null}
        </Flex>
      </Panel>
      {report.error ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <LoadingState rows={6} />
      ) : report.data.branches.length === 0 ? (
        <Panel>
          <EmptyState description={t('party.empty')} />
        </Panel>
      ) : (
        report.data.branches.map((b) => (
          <Panel
            key={b.branch ?? ''}
            title={
              <Flex gap={12} align="baseline">
                <span>{b.branch ?? t('party.noBranch')}</span>
                <Typography.Text type="secondary">
                  {t('party.members', { n: b.members.length })}
                </Typography.Text>
              </Flex>
            }
          >
            <Table<PartyMemberMonth>
              rowKey="accountId"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={b.members}
              columns={[
                { key: 'name', title: t('party.name'), dataIndex: 'name', width: 100 },
                { key: 'phone', title: t('party.phone'), dataIndex: 'phone', width: 130 },
                { key: 'workUnit', title: t('party.workUnit'), dataIndex: 'workUnit' },
                { key: 'community', title: t('party.community'), dataIndex: 'communityName' },
                count('wishesClaimed'),
                count('wishesCompleted'),
                count('ordersClaimed'),
                count('ordersCompleted'),
                count('activitiesAttended'),
                {
                  key: 'confirmedMinutes',
                  title: t('names.confirmedMinutes'),
                  align: 'right',
                  render: (_, m) => `${hoursOf(m.confirmedMinutes)} ${t('figures.hourUnit')}`,
                },
              ]}
            />
          </Panel>
        ))
      )}
    </PageFrame>
  );
}
