import { useQuery } from '@tanstack/react-query';
import { NoticeBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listMyBallots, selectionKeys } from '../../modules/selection/api';

/** On the home page of a registered voter while a vote waits for them: the way to the ballot. */
export function BallotNotice({ canVote }: { canVote: boolean }) {
  const { t } = useTranslation('selection');
  const navigate = useNavigate();
  const ballots = useQuery({ queryKey: selectionKeys.ballots(), queryFn: listMyBallots, enabled: canVote });
  const waiting = (ballots.data?.items ?? []).some((b) => b.state === 'voting' && b.myChoices === null);
  if (!waiting) {
    return null;
  }
  return (
    <NoticeBar
      data-testid="ballot-notice"
      content={t('phone.entry')}
      color="info"
      wrap
      onClick={() => void navigate('/m/selection')}
    />
  );
}
