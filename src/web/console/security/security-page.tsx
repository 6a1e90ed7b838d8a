import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '../../../shared/roles';
import {
  type SecurityPolicy,
  saveSecurityPolicy,
  securityKeys,
  useSecurityPolicy,
} from '../../modules/security/api';
import { applyFieldErrors, errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';

const NUMBERS = [
  { name: 'passwordMinLength', min: 8, max: 64, unit: 'characters' },
  { name: 'passwordMinClasses', min: 3, max: 4, unit: 'classes' },
  { name: 'maxFailedLogins', min: 3, max: 20, unit: 'times' },
  { name: 'lockMinutes', min: 1, max: 1440, unit: 'minutes' },
  { name: 'sessionIdleMinutes', min: 5, max: 1440, unit: 'minutes' },
] as const;
const FIELDS = [...NUMBERS.map((n) => n.name), 'totpRequiredRoles'];

/** The security administrator's one document: password rules, lock-out, idle time-out, second factor. */
export function SecurityPage() {
  const { t } = useTranslation(['console', 'security']);
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<SecurityPolicy>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const policy = useSecurityPolicy();

  if (policy.isLoading) {
    return <LoadingState rows={10} />;
  }
  if (policy.error || !policy.data) {
    return <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />;
  }

  const save = async (values: SecurityPolicy) => {
    setBusy(true);
    setFailure(null);
    try {
      const saved = await saveSecurityPolicy(values);
      client.setQueryData(securityKeys.policy, saved);
      void message.success(t('security:saved'));
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) {
        setFailure(errorText(error, t('saveFailed')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageFrame title={t('security:title')} description={t('security:description')}>
      <Form<SecurityPolicy> form={form} layout="vertical" initialValues={policy.data} onFinish={save}>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Row gutter={16}>
          {(
            [
              ['password', ['passwordMinLength', 'passwordMinClasses']],
              ['lockout', ['maxFailedLogins', 'lockMinutes']],
              ['session', ['sessionIdleMinutes']],
            ] as const
          ).map(([group, names]) => (
            <Col xs={24} lg={8} key={group}>
              <Panel title={t(`security:groups.${group}`)}>
                {group === 'lockout' ? (
                  <Typography.Paragraph type="secondary">{t('security:lockoutHint')}</Typography.Paragraph>
                ) : null}
                {NUMBERS.filter((n) => (names as readonly string[]).includes(n.name)).map((n) => (
                  <Form.Item
                    key={n.name}
                    name={n.name}
                    label={t(`security:fields.${n.name}`)}
                    extra={t('security:range', { min: n.min, max: n.max })}
                    rules={[{ required: true, type: 'number', min: n.min, max: n.max }]}
                  >
                    <InputNumber
                      min={n.min}
                      max={n.max}
                      precision={0}
                      suffix={t(`security:units.${n.unit}`)}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                ))}
              </Panel>
            </Col>
          ))}
        </Row>
        <Panel title={t('security:groups.totp')}>
          <Typography.Paragraph type="secondary">{t('security:totpHint')}</Typography.Paragraph>
          <Form.Item name="totpRequiredRoles">
            <Checkbox.Group options={STAFF_ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))} />
          </Form.Item>
        </Panel>
        <Button type="primary" htmlType="submit" loading={isBusy}>
          {tc('actions.save')}
        </Button>
      </Form>
    </PageFrame>
  );
}
