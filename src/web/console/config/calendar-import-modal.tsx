import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarImportResult } from '../../../shared/deadlines';
import { ApiError, post } from '../../api/client';
import { downloadErrorWorkbook } from '../../api/files';
import { errorText } from '../../ui/errors';

type Props = { year: number; onClose: () => void; onImported: () => void };
type RowError = { key: number; row: string; column: string; message: string };
type Outcome =
  | { state: 'idle' }
  | { state: 'done'; imported: number }
  | { state: 'rows'; errors: RowError[] }
  | { state: 'failed'; message: string };

/** Replaces a year from a workbook (日期, 是否上班, 名称): all or nothing, bad rows listed one by one. */
export function CalendarImportModal({ year, onClose, onImported }: Props) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [isBusy, setBusy] = useState(false);
  const path = `/api/work-calendar/${year}/import`;

  const upload = async () => {
    if (!file) {
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const result = await post<CalendarImportResult>(path, body);
      setOutcome({ state: 'done', imported: result.imported });
      onImported();
    } catch (error) {
      const rows =
        error instanceof ApiError ? error.fieldErrors.filter((f) => f.path.startsWith('rows.')) : [];
      setOutcome(
        rows.length > 0
          ? {
              state: 'rows',
              errors: rows.map((e, i) => {
                const [, row = '', column = ''] = e.path.split('.');
                return { key: i, row, column: t(`config.calendar.columns.${column}`), message: e.message };
              }),
            }
          : { state: 'failed', message: errorText(error, t('exchange.importFailed')) },
      );
    } finally {
      setBusy(false);
    }
  };

  const errorWorkbook = async () => {
    if (!file) {
      return;
    }
    setBusy(true);
    try {
      await downloadErrorWorkbook(path, file, t('exchange.errorWorkbook'));
    } catch (error) {
      setOutcome({ state: 'failed', message: errorText(error, t('exchange.importFailed')) });
    } finally {
      setBusy(false);
    }
  };

  const footer =
    outcome.state === 'done'
      ? [
          <Button key="close" type="primary" onClick={onClose}>
            {tc('actions.confirm')}
          </Button>,
        ]
      : [
          <Button key="cancel" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>,
          <Button
            key="go"
            type="primary"
            danger
            disabled={!file}
            loading={isBusy}
            onClick={() => void upload()}
          >
            {t('config.calendar.importReplace', { year })}
          </Button>,
        ];

  return (
    <Modal
      open
      width={720}
      title={t('config.calendar.importTitle', { year })}
      onCancel={onClose}
      footer={footer}
    >
      {outcome.state === 'done' ? (
        <Result status="success" title={t('config.calendar.imported', { count: outcome.imported, year })} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('config.calendar.importHint', { year })}
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(picked) => {
              setFile(picked);
              setOutcome({ state: 'idle' });
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setOutcome({ state: 'idle' });
            }}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('exchange.drop')}</p>
          </Upload.Dragger>
        </>
      )}
      {outcome.state === 'failed' ? (
        <Alert type="error" showIcon title={outcome.message} style={{ marginTop: 16 }} />
      ) : null}
      {outcome.state === 'rows' ? (
        <div style={{ marginTop: 16 }} data-testid="import-errors">
          <Alert
            type="error"
            showIcon
            title={t('exchange.rowsFailed', { count: outcome.errors.length })}
            action={
              <Button size="small" onClick={() => void errorWorkbook()} loading={isBusy}>
                {t('exchange.downloadErrors')}
              </Button>
            }
            style={{ marginBottom: 12 }}
          />
          <Table<RowError>
            size="small"
            rowKey="key"
            dataSource={outcome.errors}
            pagination={outcome.errors.length > 10 ? { pageSize: 10 } : false}
            columns={[
              { title: t('exchange.row'), dataIndex: 'row', width: 80 },
              { title: t('exchange.column'), dataIndex: 'column', width: 120 },
              { title: t('exchange.problem'), dataIndex: 'message' },
            ]}
          />
        </div>
      ) : null}
    </Modal>
  );
}
