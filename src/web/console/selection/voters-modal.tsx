import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../shared/selection';
import { listAccounts } from '../../modules/accounts/api';
import { registerVoters, type VoterBody } from '../../modules/selection/api';
import { RecordModal } from '../common/record-modal';

type Props = { roundId: string; onClose: () => void; onSaved: (next: RoundDetail) => void };

/** 登记投票人: accounts of the office's area, found by name, registered as deputies or representatives. */
export function VotersModal({ roundId, onClose, onSaved }: Props) {
  const { t } = useTranslation('selection');
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<RoundDetail | null>(null);
  const found = useQuery({
    queryKey: ['accounts', 'list', 'voters', text],
    queryFn: () => listAccounts({ q: text, limit: 20 }),
    enabled: text.trim().length >= 1,
  });
  return (
    <RecordModal<VoterBody>
      title={t('addVoters')}
      fieldNames={['accountIds', 'role']}
      initialValues={{ role: 'deputy', accountIds: [] }}
      submit={async (v) => setSaved(await registerVoters(roundId, v))}
      onClose={onClose}
      onSaved={() => (saved ? onSaved(saved) : onClose())}
    >
      <Form.Item name="accountIds" label={t('fields.accounts')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setText}
          loading={found.isFetching}
          options={(found.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${a.displayName}（${a.username}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="role" label={t('fields.role')}>
        <Select
          options={(['deputy', 'representative'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </Form.Item>
    </RecordModal>
  );
}
