import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/errors';
import type { ExchangeKind } from '../../../shared/exchange';
import { ApiError } from '../../api/client';
import { exchangeImport, type WorkbookImport } from '../../modules/exchange/api';
import { errorText } from '../../ui/errors';

type Closing = { onClose: () => void; onImported: () => void };
type Props = Closing & {
  target: WorkbookImport;
  title: string;
  hint: string;
  startLabel: string;
  /** The start button in red: the import replaces what is there. */
  replaces?: boolean;
  columnName: (code: string) => string;
  importedTitle: (count: number) => string;
};
type RowError = { key: number; row: string; column: string; message: string };

type Outcome =
  | { state: 'idle' }
  | { state: 'done'; imported: number }
  | { state: 'rows'; errors: RowError[] }
  | { state: 'failed'; message: string };

/** `rows.<n>.<column>` → the row number and the column's name in the user's language. */
function rowErrors(errors: readonly FieldError[], columnName: (code: string) => string): RowError[] {
  return errors.map((e, i) => {
    const [, row = '', column = ''] = e.path.split('.');
    return { key: i, row, column: column ? columnName(column) : '', message: e.message };
  });
}

/** Places, units or accounts from their template (the exchange toolbar). */
export function ImportModal({ kind, ...closing }: Closing & { kind: ExchangeKind }) {
  const { t } = useTranslation(['console', 'exchange']);
  return (
    <WorkbookImportModal
      {...closing}
      target={exchangeImport(kind)}
      title={t('exchange:importTitle', { kind: t(`exchange:kinds.${kind}`) })}
      hint={t('exchange:importHint')}
      startLabel={t('exchange:start')}
      columnName={(code) => t(`exchange:columns.${code}`, { defaultValue: code })}
      importedTitle={(count) => t('exchange:imported', { count })}
    />
  );
}

/**
 * Upload a filled-in workbook; all or nothing. Bad rows come back one by one, and as an error workbook. Every
 * Excel import of the console goes through here.
 */
export function WorkbookImportModal({
  target,
  title,
  hint,
  startLabel,
  replaces = false,
  columnName,
  importedTitle,
  onClose,
  onImported,
}: Props) {
  const { t } = useTranslation(['console', 'exchange']);
  const { t: tc } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [isBusy, setBusy] = useState(false);

  const upload = async () => {
    if (!file) {
      return;
    }
    setBusy(true);
    try {
      const result = await target.upload(file);
      setOutcome({ state: 'done', imported: result.imported });
      onImported();
    } catch (error) {
      const rows =
        error instanceof ApiError ? error.fieldErrors.filter((f) => f.path.startsWith('rows.')) : [];
      setOutcome(
        rows.length > 0
          ? {
              state: 'rows',
              errors: rowErrors(rows, columnName),
            }
          : { state: 'failed', message: errorText(error, t('exchange:importFailed')) },
      );
    } finally {
      setBusy(false);
    }
  };

  const errorWorkbook = async () => {
    if (file) {
      setBusy(true);
      try {
        await target.errorWorkbook(file, t('exchange:errorWorkbook'));
      } catch (error) {
        setOutcome({ state: 'failed', message: errorText(error, t('exchange:importFailed')) });
      } finally {
        setBusy(false);
      }
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
            danger={replaces}
            disabled={!file}
            loading={isBusy}
            onClick={() => void upload()}
          >
            {startLabel}
          </Button>,
        ];

  return (
    <Modal open width={720} title={title} onCancel={onClose} footer={footer}>
      {outcome.state === 'done' ? (
        <Result status="success" title={importedTitle(outcome.imported)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
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
            <p className="ant-upload-text">{t('exchange:drop')}</p>
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
            title={t('exchange:rowsFailed', { count: outcome.errors.length })}
            action={
              <Button size="small" onClick={() => void errorWorkbook()} loading={isBusy}>
                {t('exchange:downloadErrors')}
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
              { title: t('exchange:row'), dataIndex: 'row', width: 80 },
              { title: t('exchange:column'), dataIndex: 'column', width: 140 },
              { title: t('exchange:problem'), dataIndex: 'message' },
            ]}
          />
        </div>
      ) : null}
    </Modal>
  );
}
