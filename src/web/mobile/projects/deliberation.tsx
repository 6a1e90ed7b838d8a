// 议 on the public project page: the approved comments for anyone; for a signed-in resident (or volunteer) the
// month's vote buttons and a comment box — comments are shown publicly once an office has approved them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, List, Space, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOTE_CHOICES } from '../../../shared/evaluations';
import { TEXT_LIMITS } from '../../../shared/limits';
import { useMe } from '../../modules/auth/session';
import {
  castVote,
  evaluationKeys,
  getMyDeliberation,
  listPublicComments,
  postComment,
  type VoteChoice,
} from '../../modules/evaluations/api';
import { LimitedTextItem } from '../ui/limited-text';
import { Section } from '../ui/page';
import { FormError, useErrorText } from '../ui/states';

function MyPart({ projectId }: { projectId: string }) {
  const { t } = useTranslation('evaluations');
  const client = useQueryClient();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ body: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mine = useQuery({
    queryKey: evaluationKeys.mine(projectId),
    queryFn: () => getMyDeliberation(projectId),
  });
  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      Toast.show({ content: done });
      void client.invalidateQueries({ queryKey: evaluationKeys.mine(projectId) });
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const vote = mine.data?.vote ?? null;
  const pending = mine.data?.comments.filter((c) => c.state === 'pending') ?? [];
  return (
    <>
      <FormError text={error} />
      <p className="lx-note">
        {vote ? t('phone.voted', { choice: t(`votes.${vote}`) }) : t('phone.voteTitle')}
      </p>
      {vote ? null : (
        <Space wrap style={{ '--gap': '8px' }}>
          {VOTE_CHOICES.map((choice: VoteChoice) => (
            <Button
              key={choice}
              color={choice === 'dissatisfied' ? 'warning' : 'primary'}
              fill="outline"
              disabled={busy || mine.isPending}
              onClick={() => void act(() => castVote(projectId, choice), t(`votes.${choice}`))}
            >
              {t(`votes.${choice}`)}
            </Button>
          ))}
        </Space>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          if (await act(() => postComment(projectId, v.body), t('phone.sent'))) {
            form.resetFields();
          }
        }}
        footer={
          <Button block type="submit" color="primary" loading={busy}>
            {t('phone.send')}
          </Button>
        }
      >
        <LimitedTextItem
          name="body"
          label={t('comment')}
          placeholder={t('phone.commentPlaceholder')}
          limit={TEXT_LIMITS.projectComment}
          requiredMessage={t('phone.commentPlaceholder')}
          rows={3}
        />
      </Form>
      {pending.length > 0 ? (
        <List header={t('phone.myPending')}>
          {pending.map((c) => (
            <List.Item key={c.id} description={c.createdAt.slice(0, 10)}>
              {c.body}
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}

export function Deliberation({ projectId }: { projectId: string }) {
  const { t } = useTranslation('evaluations');
  const me = useMe().data;
  const comments = useQuery({
    queryKey: evaluationKeys.publicComments(projectId),
    queryFn: () => listPublicComments(projectId),
  });
  const mayTakePart = me?.permissions.includes('evaluation.deliberate') ?? false;
  return (
    <Section title={t('phone.commentsTitle')}>
      {comments.data?.length ? (
        <List>
          {comments.data.map((c) => (
            <List.Item key={c.id} description={`${c.authorName} · ${c.createdAt.slice(0, 10)}`}>
              {c.body}
            </List.Item>
          ))}
        </List>
      ) : (
        <p className="lx-muted">{t('phone.noComments')}</p>
      )}
      {mayTakePart ? (
        <MyPart projectId={projectId} />
      ) : me ? null : (
        <p className="lx-muted">{t('phone.signIn')}</p>
      )}
    </Section>
  );
}
