// 议 on the desk: every comment with its state; the office approves (shown publicly) or hides with a reason.
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/evaluations';
import { TEXT_LIMITS } from '../../../shared/limits';
import { evaluationKeys, listComments, moderateComment } from '../../modules/evaluations/api';
import { useRun } from './use-run';

const STATE_COLOURS = { pending: 'gold', approved: 'green', hidden: 'default' } as const;

export function CommentsPanel({ projectId, mayModerate }: { projectId: string; mayModerate: boolean }) {
  const { t } = useTranslation('evaluations');
  const run = useRun();
  const [hiding, setHiding] = useState<Comment | null>(null);
  const [reason, setReason] = useState('');
  const query = useQuery({
    queryKey: evaluationKeys.comments(projectId),
    queryFn: () => listComments(projectId),
  });
  const hide = async () => {
    if (hiding && (await run(() => moderateComment(hiding.id, 'hide', reason.trim())))) {
      setHiding(null);
      setReason('');
    }
  };
  return (
    <>
      <Table<Comment>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          {
            title: t('commentedAt'),
            dataIndex: 'createdAt',
            width: 110,
            render: (v: string) => v.slice(0, 10),
          },
          { title: t('author'), dataIndex: 'authorName', width: 90 },
          { title: t('comment'), dataIndex: 'body' },
          {
            title: t('state'),
            dataIndex: 'state',
            width: 160,
            render: (s: Comment['state'], c: Comment) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATE_COLOURS[s]}>{t(`states.${s}`)}</Tag>
                {c.hideReason ? <span>{c.hideReason}</span> : null}
              </Space>
            ),
          },
          ...(mayModerate
            ? [
                {
                  key: 'x',
                  width: 150,
                  render: (_: unknown, c: Comment) => (
                    <Space>
                      {c.state !== 'approved' ? (
                        <Button size="small" onClick={() => void run(() => moderateComment(c.id, 'approve'))}>
                          {t('approve')}
                        </Button>
                      ) : null}
                      {c.state !== 'hidden' ? (
                        <Button size="small" danger onClick={() => setHiding(c)}>
                          {t('hide')}
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
        open={hiding !== null}
        title={t('hideTitle')}
        okButtonProps={{ disabled: reason.trim().length < (TEXT_LIMITS.moderationReason.min ?? 1) }}
        onOk={() => void hide()}
        onCancel={() => setHiding(null)}
      >
        <p>{hiding?.body}</p>
        <Input.TextArea
          rows={2}
          placeholder={t('hideReason')}
          maxLength={TEXT_LIMITS.moderationReason.max}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
