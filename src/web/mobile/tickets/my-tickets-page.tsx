import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../modules/auth/session';
import { useTicketList } from '../../modules/tickets/api';
import { Page } from '../ui/page';
import { EmptyState } from '../ui/states';
import { TicketList } from './ticket-list';

/** 办事: my requests (and, for a volunteer, the wishes I claimed), newest first; 我要反映 at the bottom. */
export function MyTicketsPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const me = useMe().data;
  const canSubmit = me?.permissions.includes('ticket.create') ?? false;
  const query = useTicketList({ queue: 'mine' });
  const submit = (
    <Button
      block
      color="primary"
      size="large"
      onClick={() => void navigate('/m/tickets/new')}
      data-testid="new-ticket"
    >
      {t('phone.mine.submit')}
    </Button>
  );
  return (
    <Page
      title={canSubmit ? t('phone.mine.title') : t('phone.mine.titleTasks')}
      footer={canSubmit ? submit : undefined}
    >
      <TicketList
        query={query}
        empty={
          <EmptyState
            title={canSubmit ? t('phone.mine.empty') : t('phone.mine.emptyTasks')}
            description={canSubmit ? t('phone.mine.emptyHint') : t('phone.mine.emptyTasksHint')}
          />
        }
      />
    </Page>
  );
}
