import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeKind } from '../../../shared/exchange';
import { downloadExchange } from '../../modules/exchange/api';
import { errorText } from '../../ui/errors';
import { ImportModal } from './import-modal';

type Props = {
  kind: ExchangeKind;
  canWrite: boolean;
  /** Export only this place's subtree (the list's place filter). */
  placeId?: string | undefined;
  onImported: () => void;
};

/** 下载模板 / 导入 / 导出 for one kind of Excel sheet (places, units, accounts). */
export function ExchangeToolbar({ kind, canWrite, placeId, onImported }: Props) {
  const { t } = useTranslation(['console', 'exchange']);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [isImporting, setImporting] = useState(false);
  const [busy, setBusy] = useState<'template' | 'export' | null>(null);

  const download = async (what: 'template' | 'export') => {
    setBusy(what);
    try {
      await downloadExchange(kind, what, placeId, `${t(`exchange:kinds.${kind}`)}.xlsx`);
    } catch (error) {
      void message.error(errorText(error, t('exchange:downloadFailed')));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {canWrite ? (
        <>
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === 'template'}
            onClick={() => void download('template')}
          >
            {t('exchange:template')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {tc('actions.import')}
          </Button>
        </>
      ) : null}
      <Button icon={<DownloadOutlined />} loading={busy === 'export'} onClick={() => void download('export')}>
        {tc('actions.export')}
      </Button>
      {isImporting ? (
        <ImportModal
          kind={kind}
          onClose={() => setImporting(false)}
          onImported={() => {
            onImported();
          }}
        />
      ) : null}
    </>
  );
}
