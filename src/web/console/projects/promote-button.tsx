import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { projectKeys, promoteTicket } from '../../modules/projects/api';
import { useServingUnits } from '../../modules/units/api';
import { RecordModal } from '../common/record-modal';
import { useSignedIn } from '../shell/gates';

type Values = { name: string; leadUnitId: string; dates: [Dayjs, Dayjs] };
const PROMOTABLE = ['problem', 'suggestion'];
/** A ticket over and done with (closed, refused, merged) is not turned into new work. */
const FINISHED = ['closed', 'rejected', 'merged'];

/** 转为项目: an office turns a problem or suggestion into a key project linked to it (resolved when it is done). */
export function PromoteButton({
  ticket,
}: {
  ticket: { id: string; kind: string; state: string; title: string; placeId: string };
}) {
  const { t } = useTranslation('projects');
  const me = useSignedIn();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const units = useServingUnits(open ? ticket.placeId : null);
  if (
    !me.permissions.includes('project.write') ||
    !PROMOTABLE.includes(ticket.kind) ||
    FINISHED.includes(ticket.state)
  ) {
    return null;
  }
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('promote')}</Button>
      {open ? (
        <RecordModal<Values>
          title={t('promote')}
          fieldNames={['name', 'leadUnitId', 'startDate', 'endDate', 'ticketId']}
          initialValues={{ name: ticket.title.slice(0, TEXT_LIMITS.projectName.max) }}
          submit={async (v) => {
            const created = await promoteTicket({
              ticketId: ticket.id,
              name: v.name,
              leadUnitId: v.leadUnitId,
              startDate: v.dates[0].format('YYYY-MM-DD'),
              endDate: v.dates[1].format('YYYY-MM-DD'),
            });
            await client.invalidateQueries({ queryKey: projectKeys.all });
            void navigate(`/console/projects/${created.id}`);
          }}
          onClose={() => setOpen(false)}
          onSaved={() => setOpen(false)}
        >
          <Form.Item name="name" label={t('name')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={TEXT_LIMITS.projectName.max} />
          </Form.Item>
          <Form.Item name="leadUnitId" label={t('leadUnit')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={units.isFetching}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="dates" label={t('dates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </RecordModal>
      ) : null}
    </>
  );
}
