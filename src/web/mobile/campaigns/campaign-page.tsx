import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, List, ProgressBar, TextArea } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { ApiError } from '../../api/client';
import { campaignKeys, enterTally, getCampaign, listTallies, shareText } from '../../modules/campaigns/api';
import { showProblem } from '../ui/form-errors';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';
import './campaigns.css';

type Values = { day: string; count: string; note?: string };

/**
 * One drive on the phone: where it stands (large numbers), and for field staff the day's tally — one big number,
 * an optional note, one button. A day already tallied is said in place, with the choice to replace it (a
 * correction, which the office sees) — no pop-up.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['campaigns', 'mobile']);
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [exists, setExists] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const detail = useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => getCampaign(id) });
  const tallies = useQuery({ queryKey: campaignKeys.tallies(id), queryFn: () => listTallies(id) });
  const canTally = detail.data?.allowedActions.includes('tally') ?? false;
  const today = dayjs().format('YYYY-MM-DD');

  const send = async (isCorrection: boolean) => {
    const v = form.getFieldsValue(true) as Values;
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      await enterTally(id, {
        day: v.day || today,
        count: Number(v.count),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        isCorrection,
      });
      setExists(null);
      setDone(isCorrection ? t('tally.corrected') : t('tally.saved'));
      form.setFieldsValue({ count: '', note: '' });
      void client.invalidateQueries({ queryKey: campaignKeys.all });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setExists(error.message);
      } else {
        setFailure(showProblem(form, error, t('mobile:errors.network')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={detail.data?.name ?? t('title')}
      back="/m/campaigns"
      footer={
        canTally ? (
          <Button
            block
            color="primary"
            size="large"
            loading={isBusy}
            onClick={() => form.submit()}
            data-testid="tally-submit"
          >
            {t('tally.submit')}
          </Button>
        ) : undefined
      }
    >
      <QueryState query={detail}>
        {(c) => {
          const up = c.kind === 'count_up';
          const f = c.figures;
          return (
            <>
              <Section>
                <div className="lx-drive-meta">
                  {c.placeName}
                  {f.placeId === c.placeId ? null : ` · ${t('partOnly')}`}
                </div>
                <div className="lx-drive-figure" data-testid="drive-value">
                  {f.value.toLocaleString()}
                  <small>
                    {up
                      ? `/ ${c.target.toLocaleString()} ${c.unitLabel}`
                      : `${c.unitLabel} · ${t('remaining')}`}
                  </small>
                </div>
                <ProgressBar percent={Math.round((f.share ?? 0) * 100)} text={shareText(f.share)} />
                <div className="lx-drive-meta">
                  {f.bestDay
                    ? t('bestDayValue', {
                        count: f.bestDay.count.toLocaleString(),
                        unit: c.unitLabel,
                        day: f.bestDay.day,
                      })
                    : null}
                  <br />
                  {c.startsOn} – {c.endsOn}
                </div>
              </Section>
              {canTally ? (
                <Section title={t('tally.title')}>
                  <Form
                    form={form}
                    layout="vertical"
                    initialValues={{ day: [today, c.endsOn].sort()[0], count: '', note: '' }}
                    onFinish={() => void send(false)}
                  >
                    <Form.Item name="day" label={t('tally.dayLabel')} rules={[{ required: true }]}>
                      <Input type="date" />
                    </Form.Item>
                    <Form.Item
                      name="count"
                      className="lx-drive-count"
                      label={
                        up
                          ? t('tally.countLabel', { unit: c.unitLabel })
                          : t('tally.remainingLabel', { unit: c.unitLabel })
                      }
                      description={up ? undefined : t('tally.remainingHint')}
                      rules={[
                        { required: true },
                        {
                          validator: async (_: unknown, value: string) => {
                            const n = Number(value);
                            if (value !== '' && (!Number.isInteger(n) || n < 0 || n > 1_000_000)) {
                              throw new Error(t('tally.countLabel', { unit: c.unitLabel }));
                            }
                          },
                        },
                      ]}
                    >
                      <Input type="number" inputMode="numeric" min={0} data-testid="tally-count" />
                    </Form.Item>
                    <Form.Item name="note" label={t('note')}>
                      <TextArea
                        rows={2}
                        maxLength={TEXT_LIMITS.tallyNote.max}
                        placeholder={t('tally.notePlaceholder')}
                      />
                    </Form.Item>
                  </Form>
                  {exists ? (
                    <div className="lx-drive-exists" role="alert">
                      <p>{exists}</p>
                      <Button
                        color="warning"
                        block
                        size="large"
                        onClick={() => void send(true)}
                        loading={isBusy}
                      >
                        {t('tally.correct')}
                      </Button>
                      <Button block fill="none" onClick={() => setExists(null)}>
                        {t('tally.cancel')}
                      </Button>
                    </div>
                  ) : null}
                  {done ? (
                    <div role="status" className="lx-drive-meta">
                      ✓ {done}
                    </div>
                  ) : null}
                  <FormError text={failure} />
                </Section>
              ) : null}
              <Section title={t('tallies')}>
                <List>
                  {(tallies.data ?? []).slice(0, 10).map((x) => (
                    <List.Item
                      key={x.id}
                      description={`${x.placeName}${x.note ? ` · ${x.note}` : ''}`}
                      extra={`${x.count.toLocaleString()} ${c.unitLabel}`}
                    >
                      {x.day}
                    </List.Item>
                  ))}
                </List>
                {tallies.data && tallies.data.length === 0 ? (
                  <div className="lx-drive-meta">{t('noTallies')}</div>
                ) : null}
              </Section>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
