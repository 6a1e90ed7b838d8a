import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { listTickets } from '../../modules/tickets/api';

/** Finds a ticket of the caller's area by words of its title or its number, for linking it to a project. */
export function TicketSelect({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const [text, setText] = useState('');
  const found = useQuery({
    queryKey: ['tickets', 'list', 'project-link', text],
    queryFn: () => listTickets({ q: text, limit: 20 }),
    enabled: text.trim().length >= 2,
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setText}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((t) => ({ value: t.id, label: `${t.number} ${t.title}` }))}
    />
  );
}
