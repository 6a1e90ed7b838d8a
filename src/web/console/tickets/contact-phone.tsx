import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revealContact, type TicketDetail } from '../../modules/tickets/api';
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
  const [shown, setShown] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (shown) {
    return <a href={`tel:${shown.replace(/[^\d+]/g, '')}`}>{shown}</a>;
  }
  return (
    <Space size={4}>
      <MaskedText value={ticket.submitterPhone} />
      {ticket.canCallBack && ticket.submitterPhone ? (
        <Button
          type="link"
          size="small"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              setShown((await revealContact(ticket.id)).submitterPhone);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('tickets:office.detail.revealPhone')}
        </Button>
      ) : null}
    </Space>
  );
}
