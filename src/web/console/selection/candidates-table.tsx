import { Button, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, RoundDetail } from '../../../shared/selection';
import { isAllowedIn } from '../../../shared/selection-workflow';
import { type ScreenBody, screenCandidate } from '../../modules/selection/api';

type Props = {
  round: RoundDetail;
  canWrite: boolean;
  run: (work: () => Promise<RoundDetail>) => Promise<void>;
};

const STATUS_COLORS = { proposed: 'default', shortlisted: 'green', rejected: 'red' } as const;

/** The candidates: source, budget, the office's screening and — while voting or decided — the count and rank. */
export function CandidatesTable({ round, canWrite, run }: Props) {
  const { t } = useTranslation(['selection', 'projects']);
  const [rejecting, setRejecting] = useState<Candidate | null>(null);
  const [reason, setReason] = useState('');
  const screening = canWrite && isAllowedIn('screenCandidate', round.state);
  const counted = round.state === 'voting' || round.state === 'decided';
  const screen = (c: Candidate, body: ScreenBody) => run(() => screenCandidate(round.id, c.id, body));
  return (
    <>
      <Table<Candidate>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={
          counted
            ? [...round.candidateList].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))
            : round.candidateList
        }
        columns={[
          ...(counted
            ? [
                { title: t('fields.rank'), dataIndex: 'rank', width: 70 },
                {
                  title: t('fields.votes'),
                  key: 'v',
                  width: 110,
                  render: (_: unknown, c: Candidate) => (
                    <Space size={4}>
                      <strong>{c.votes ?? '—'}</strong>
                      {c.isWinner ? <Tag color="red">{t('fields.winner')}</Tag> : null}
                      {c.isTie ? <Tag title={t('fields.tie')}>=</Tag> : null}
                    </Space>
                  ),
                },
              ]
            : []),
          { title: t('fields.name'), dataIndex: 'name' },
          {
            title: t('fields.source'),
            key: 's',
            render: (_: unknown, c: Candidate) => t(`sources.${c.source}`),
          },
          {
            title: t('fields.category'),
            key: 'c',
            render: (_: unknown, c: Candidate) => t(`projects:categories.${c.category}`),
          },
          {
            title: t('fields.budget'),
            dataIndex: 'budget',
            render: (b: number | null) => (b === null ? '—' : b.toLocaleString()),
          },
          { title: t('place'), dataIndex: 'placeName' },
          {
            title: t('state'),
            key: 'st',
            render: (_: unknown, c: Candidate) => (
              <span title={c.reason ?? undefined}>
                <Tag color={STATUS_COLORS[c.status]}>{t(`statuses.${c.status}`)}</Tag>
                {c.reason ? <span className="lx-muted">{c.reason}</span> : null}
              </span>
            ),
          },
          ...(screening
            ? [
                {
                  title: '',
                  key: 'a',
                  render: (_: unknown, c: Candidate) => (
                    <Space>
                      {c.status !== 'shortlisted' ? (
                        <Button size="small" onClick={() => void screen(c, { status: 'shortlisted' })}>
                          {t('shortlist')}
                        </Button>
                      ) : null}
                      {c.status !== 'rejected' ? (
                        <Button size="small" danger onClick={() => setRejecting(c)}>
                          {t('reject')}
                        </Button>
                      ) : null}
                      {c.status !== 'proposed' ? (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => void screen(c, { status: 'proposed' })}
                        >
                          {t('undo')}
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={`${t('reject')}：${rejecting?.name ?? ''}`}
        okButtonProps={{ disabled: reason.trim().length === 0 }}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (rejecting) {
            await screen(rejecting, { status: 'rejected', reason });
          }
          setRejecting(null);
          setReason('');
        }}
      >
        <Input.TextArea
          rows={3}
          value={reason}
          placeholder={t('fields.reason')}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
