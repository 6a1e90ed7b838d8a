import { ArrowLeftOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Col, message, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PROJECT_STATUSES } from '../../../shared/projects';
import {
  bulletinKeys,
  downloadBulletinPdf,
  downloadBulletinWorkbook,
  getBulletin,
} from '../../modules/bulletins/api';
import { periodText } from '../../modules/bulletins/period';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { ChangeTable, LaggardTable, RankingTable } from './bulletin-tables';

/** One bulletin: its counts, the laggards, the two rankings and the changes, with its Excel and PDF. */
export function BulletinPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['bulletins', 'projects']);
  const navigate = useNavigate();
  const detail = useQuery({ queryKey: bulletinKeys.detail(id), queryFn: () => getBulletin(id) });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/bulletins')}>
      {t('back')}
    </Button>
  );
  if (detail.isError) {
    return (
      <PageFrame title={t('title')} extra={back}>
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </PageFrame>
    );
  }
  const b = detail.data;
  if (!b) {
    return (
      <PageFrame title={t('title')} extra={back}>
        <LoadingState />
      </PageFrame>
    );
  }
  const download = (run: (id: string) => Promise<void>) => () =>
    void run(id).catch((error: unknown) => void message.error(errorText(error, t('title'))));
  const f = b.figures;
  return (
    <PageFrame
      title={`${b.placeName} · ${periodText(t, b.period)}`}
      description={`${t('asOf')} ${b.asOf}`}
      extra={
        <>
          {back}
          <Button icon={<FileExcelOutlined />} onClick={download(downloadBulletinWorkbook)}>
            {t('excel')}
          </Button>
          <Button icon={<FilePdfOutlined />} onClick={download(downloadBulletinPdf)}>
            {t('pdf')}
          </Button>
        </>
      }
    >
      <Panel title={t('summary')}>
        <Row gutter={[24, 16]}>
          <Col xs={12} md={4}>
            <Statistic title={t('total')} value={f.counts.total} />
          </Col>
          {PROJECT_STATUSES.map((s) => (
            <Col xs={12} md={4} key={s}>
              <Statistic title={t(`projects:statuses.${s}`)} value={f.counts[s]} />
            </Col>
          ))}
        </Row>
      </Panel>
      <Panel title={t('laggards')}>
        <LaggardTable rows={f.laggards} />
      </Panel>
      <Panel title={t('byUnit')}>
        <RankingTable rows={f.byUnit} what={t('unit')} />
      </Panel>
      <Panel title={t('byPlace')}>
        <RankingTable rows={f.byPlace} what={t('placeName')} />
      </Panel>
      <Panel title={t('changes')}>
        <ChangeTable rows={f.changes} />
      </Panel>
    </PageFrame>
  );
}
