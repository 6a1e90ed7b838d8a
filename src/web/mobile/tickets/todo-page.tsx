import { Tabs } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TICKET_WORKFLOW } from '../../../shared/ticket-workflow';
import { targetOf } from '../../../shared/workflow';
import { useTicketList } from '../../modules/tickets/api';
import { Page } from '../ui/page';
import { EmptyState } from '../ui/states';
import { TicketList } from './ticket-list';

const TABS = ['accept', 'resolve', 'mine'] as const;
type Tab = (typeof TABS)[number];

/**
 * 待办 for a grid worker: new requests in their grid to take in, accepted ones they may resolve on the spot,
 * and what they recorded on visits.
 */
export function TodoPage() {
  const { t } = useTranslation(['mobile', 'tickets']);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((k) => k === params.get('tab')) ?? 'accept';
  const toAccept = useTicketList({ queue: 'to_accept' }, tab === 'accept');
  const toResolve = useTicketList({ state: targetOf(TICKET_WORKFLOW, 'accept') }, tab === 'resolve');
  const mine = useTicketList({ queue: 'mine' }, tab === 'mine');
  const query = tab === 'accept' ? toAccept : tab === 'resolve' ? toResolve : mine;
  return (
    <Page title={t('tabs.todo')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        className="lx-tabs"
      >
        {TABS.map((k) => (
          <Tabs.Tab key={k} title={t(`tickets:phone.todo.${k}`)} />
        ))}
      </Tabs>
      <TicketList
        query={query}
        empty={
          <EmptyState
            title={t(`tickets:phone.todo.empty.${tab}`)}
            description={t('tickets:phone.todo.emptyHint')}
          />
        }
      />
    </Page>
  );
}
