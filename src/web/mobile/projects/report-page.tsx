import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Stepper, Toast } from 'antd-mobile';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { fileReport, getProject, projectKeys, uploadProjectPhotos } from '../../modules/projects/api';
import { PhotoField, type PhotoItem } from '../tickets/photo-field';
import { LimitedTextItem } from '../ui/limited-text';
import { Page, Section } from '../ui/page';
import { FormError, QueryState, useErrorText } from '../ui/states';
import { ProgressFigures, ProjectStatusText } from './status';
import './projects.css';

type Values = {
  progress: number;
  note: string;
  spent?: string;
  done?: string[];
  evidence?: string;
  photos?: PhotoItem[];
};

/** 进度填报 on the phone: how far, what was done, milestones done with evidence, site photos. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const query = useQuery({ queryKey: projectKeys.detail(id), queryFn: () => getProject(id) });
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const evidence = v.evidence?.trim() || v.note.trim();
      await fileReport(id, {
        progress: v.progress,
        note: v.note.trim(),
        ...(v.spent ? { spent: Number(v.spent) } : {}),
        milestonesDone: (v.done ?? []).map((milestoneId) => ({ milestoneId, evidence })),
      });
      const files = (v.photos ?? []).map((p) => p.extra);
      if (files.length > 0) {
        await uploadProjectPhotos(id, files);
      }
      await client.invalidateQueries({ queryKey: projectKeys.all });
      Toast.show({ content: t('phone.submitted') });
      void navigate('/m/projects/mine', { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('phone.reportTitle')}
      back="/m/projects/mine"
      footer={
        <Button block color="primary" size="large" loading={busy} onClick={() => form.submit()}>
          {t('phone.submit')}
        </Button>
      }
    >
      <QueryState query={query}>
        {(p) => (
          <>
            <Section>
              <h2 className="lx-title">{p.name}</h2>
              <ProgressFigures planned={p.plannedProgress} actual={p.actualProgress} />
              <ProjectStatusText status={p.status} />
            </Section>
            <FormError text={error} />
            <Form
              form={form}
              layout="vertical"
              initialValues={{ progress: p.actualProgress, done: [], photos: [] }}
              onFinish={(v) => void submit(v)}
            >
              <Form.Item name="progress" label={t('phone.progressLabel')}>
                <Stepper
                  min={0}
                  max={100}
                  step={5}
                  digits={0}
                  style={{ '--input-width': '72px' } as CSSProperties}
                />
              </Form.Item>
              <LimitedTextItem
                name="note"
                label={t('phone.noteLabel')}
                limit={TEXT_LIMITS.projectText}
                requiredMessage={t('phone.noteLabel')}
                rows={4}
              />
              <Form.Item name="spent" label={t('phone.spentLabel')} rules={[{ pattern: /^\d{0,12}$/ }]}>
                <Input type="number" inputMode="numeric" />
              </Form.Item>
              {p.milestones.some((m) => !m.doneOn) ? (
                <Form.Item name="done" label={t('phone.milestonesDone')}>
                  <Checkbox.Group>
                    {p.milestones
                      .filter((m) => !m.doneOn)
                      .map((m) => (
                        <div key={m.id} style={{ padding: '6px 0' }}>
                          <Checkbox value={m.id}>
                            {m.name}（{m.plannedDate}）
                          </Checkbox>
                        </div>
                      ))}
                  </Checkbox.Group>
                </Form.Item>
              ) : null}
              <Form.Item name="evidence" label={t('phone.evidenceLabel')}>
                <Input maxLength={400} />
              </Form.Item>
              <Form.Item name="photos" label={t('phone.photos')}>
                <PhotoField />
              </Form.Item>
            </Form>
          </>
        )}
      </QueryState>
    </Page>
  );
}
