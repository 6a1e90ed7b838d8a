import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { type TicketDetail, useRevealedPhone } from '../../modules/tickets/api';
import { MaskedText } from '../../ui/masked';

/**
 * The submitter's phone, masked; those who handle the ticket reveal it with one click (audited by the server)
 * to call the resident back.
 */
export function ContactPhone({
  ticket,
}: {
  ticket: Pick<TicketDetail, 'id' | 'submitterPhone' | 'canCallBack'>;
}) {
  const { t } = useTranslation(['tickets']);
  const { phone, busy, reveal } = useRevealedPhone(ticket.id);
  if (phone) {
    return <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>;
  }
  return (
    <Space size={4}>
      <MaskedText value={ticket.submitterPhone} />
      {ticket.canCallBack && ticket.submitterPhone ? (
        <Button type="link" size="small" loading={busy} onClick={() => void reveal()}>
          {t('tickets:office.detail.revealPhone')}
        </Button>
      ) : null}
    </Space>
  );
}
