import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../shared/deadlines';
import {
  deleteCalendarDay,
  exportCalendarYear,
  replaceCalendarYear,
  useCalendarStatus,
  useCalendarYear,
  useRefreshConfig,
} from '../../modules/config/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState } from '../../ui/states';
import { today } from '../../ui/time';
import { CalendarDayModal } from './calendar-day-modal';
import { CalendarImportModal } from './calendar-import-modal';
import { type Holiday, HolidayList } from './holiday-list';
import { YearGrid } from './year-grid';

type Editing = { day: string | null; current: CalendarDay | null };

/** 工作日历: a year's statutory holidays and 调休 make-up workdays, which every working-time limit counts on. */
export function WorkCalendarPage() {
  const { t } = useTranslation(['console', 'exchange', 'config']);
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const thisYear = today().year();
  const [year, setYear] = useState(thisYear);
  const status = useCalendarStatus();
  const query = useCalendarYear(year);
  const refresh = useRefreshConfig();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [isImporting, setImporting] = useState(false);
  const [isExporting, setExporting] = useState(false);

  const years = [...new Set([...(status.data?.years ?? []), thisYear - 1, thisYear, thisYear + 1])].sort();
  const days = query.data ?? [];
  const off = days.filter((d) => !d.isWorkday).length;

  const exportYear = async () => {
    setExporting(true);
    try {
      await exportCalendarYear(year);
    } catch (error) {
      void message.error(errorText(error, t('exchange:downloadFailed')));
    } finally {
      setExporting(false);
    }
  };

  const removeHoliday = (holiday: Holiday) =>
    modal.confirm({
      title: t('deleteTitle', { name: holiday.name }),
      content: t('config:calendar.removeHint', { count: holiday.days.length }),
      okText: tc('actions.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const gone = new Set(holiday.days.map((d) => d.day));
        try {
          await replaceCalendarYear(year, { days: days.filter((d) => !gone.has(d.day)) });
          void message.success(t('deleted', { name: holiday.name }));
          refresh();
        } catch (error) {
          modal.error({ title: t('deleteRefused'), content: errorText(error, t('saveFailed')) });
        }
      },
    });

  const clearDay = async (day: string) => {
    try {
      await deleteCalendarDay(day);
      void message.success(t('config:calendar.cleared', { day }));
      setEditing(null);
      refresh();
    } catch (error) {
      void message.error(errorText(error, t('saveFailed')));
    }
  };

  const missing = status.data && !status.data.isCovered ? status.data.neededYear : null;
  return (
    <PageFrame
      title={t('config:calendar.title')}
      description={t('config:calendar.description')}
      extra={
        <>
          <Select
            aria-label={t('config:calendar.year')}
            value={year}
            onChange={setYear}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: t('config:calendar.yearLabel', { year: y }) }))}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ day: null, current: null })}
          >
            {t('config:calendar.add')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {tc('actions.import')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportYear()}>
            {days.length > 0 ? tc('actions.export') : t('exchange:template')}
          </Button>
        </>
      }
    >
      {missing !== null ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('config:calendar.missingTitle', { year: missing })}
          description={t('config:calendar.missing', { year: missing })}
          action={
            missing !== year ? (
              <Button size="small" onClick={() => setYear(missing)}>
                {t('config:calendar.goTo', { year: missing })}
              </Button>
            ) : null
          }
        />
      ) : null}
      <Panel
        title={
          <Flex justify="space-between" align="center" wrap gap={8}>
            <span>{t('config:calendar.yearLabel', { year })}</span>
            <Space size={16} wrap>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {t('config:calendar.summary', { off, makeup: days.length - off })}
              </Typography.Text>
              <Tag color="red">{`${t('config:calendar.offMark')} ${t('config:calendar.off')}`}</Tag>
              <Tag color="blue">{`${t('config:calendar.makeupMark')} ${t('config:calendar.makeup')}`}</Tag>
            </Space>
          </Flex>
        }
      >
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            {!query.isLoading && days.length === 0 ? (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('config:calendar.emptyYear', { year })}
              />
            ) : null}
            <YearGrid
              year={year}
              days={days}
              onPick={(day, entry) => setEditing({ day, current: entry ?? null })}
            />
          </>
        )}
      </Panel>
      <Panel title={t('config:calendar.listTitle')}>
        <HolidayList
          days={days}
          isLoading={query.isFetching}
          onPick={(d) => setEditing({ day: d.day, current: d })}
          onRemove={removeHoliday}
        />
      </Panel>
      {editing ? (
        <CalendarDayModal
          day={editing.day}
          current={editing.current}
          onClear={editing.current && editing.day ? () => void clearDay(editing.day ?? '') : undefined}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
      {isImporting ? (
        <CalendarImportModal year={year} onClose={() => setImporting(false)} onImported={refresh} />
      ) : null}
    </PageFrame>
  );
}
