import { DownloadOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { OFFICE_QUEUES, type Ticket } from '../../../shared/tickets';
import { exportTickets, listTickets, ticketKeys, useCategories } from '../../modules/tickets/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { useCursorList } from '../../ui/use-cursor-list';
import { useSignedIn } from '../shell/gates';
import { BulkDispatchModal } from './bulk-dispatch-modal';
import { ExportModal } from './export-modal';
import {
  type FilterValues,
  filtersFromUrl,
  TicketQueryForm,
  urlFromValues,
  valuesFromFilters,
} from './list-filters';
import { TicketTable } from './ticket-table';

/**
 * A work queue (?queue=…) or all tickets: the query form, the toolbar (新增 / 导出 / 批量派单), the table with
 * row selection and the cursor pager. Filters live in the URL, so a reload or coming back from a ticket
 * shows the same list.
 */
export function TicketListPage() {
  const { t } = useTranslation('tickets');
  const me = useSignedIn();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<FilterValues>();
  const categories = useCategories();
  const search = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the string stands for the params
  const filters = useMemo(() => filtersFromUrl(params), [search]);
  const queue = [...OFFICE_QUEUES, 'mine' as const].find((q) => q === filters.queue);
  const list = useCursorList(ticketKeys.lists(), filters, listTickets);
  const [selected, setSelected] = useState<Ticket[]>([]);
  const [isDispatching, setDispatching] = useState(false);
  const [isExporting, setExporting] = useState(false);
  const [isChoosingExport, setChoosingExport] = useState(false);
  const mayExportPhones = me.permissions.includes('ticket.export_phones');

  // The form shows what the URL says (menu links change the queue and clear the filters).
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(valuesFromFilters(filters, categories.data ?? []));
    setSelected([]);
  }, [filters, categories.data, form]);

  const runExport = async (fullPhones = false) => {
    setExporting(true);
    try {
      await exportTickets(filters, fullPhones);
      setChoosingExport(false);
    } catch (error) {
      void message.error(errorText(error, t('office.list.exportFailed')));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageFrame
      title={queue ? t(`office.queues.${queue}`) : t('office.queues.all')}
      description={t(queue ? `office.queueHints.${queue}` : 'office.queueHints.all')}
      extra={
        <>
          {me.permissions.includes('ticket.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/console/tickets/new')}>
              {t('office.list.create')}
            </Button>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            loading={isExporting && !isChoosingExport}
            onClick={() => (mayExportPhones ? setChoosingExport(true) : void runExport())}
          >
            {t('office.list.export')}
          </Button>
          <Button
            icon={<SendOutlined />}
            disabled={selected.length === 0}
            onClick={() => setDispatching(true)}
          >
            {selected.length > 0
              ? t('office.list.bulkDispatchCount', { count: selected.length })
              : t('office.list.bulkDispatch')}
          </Button>
        </>
      }
    >
      <Panel>
        <TicketQueryForm form={form} onSearch={(values) => setParams(urlFromValues(values, queue))} />
        {selected.length > 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('office.list.selected', { count: selected.length })}{' '}
            <Typography.Link onClick={() => setSelected([])}>
              {t('office.list.clearSelection')}
            </Typography.Link>
          </Typography.Paragraph>
        ) : null}
        <TicketTable list={list} selected={selected} onSelect={setSelected} />
      </Panel>
      {isChoosingExport ? (
        <ExportModal
          isExporting={isExporting}
          onExport={(fullPhones) => void runExport(fullPhones)}
          onClose={() => setChoosingExport(false)}
        />
      ) : null}
      {isDispatching ? (
        <BulkDispatchModal
          tickets={selected}
          onClose={(moved) => {
            setDispatching(false);
            if (moved.length > 0) {
              setSelected((rows) => rows.filter((r) => !moved.includes(r.id)));
              void list.query.refetch();
            }
          }}
        />
      ) : null}
    </PageFrame>
  );
}
