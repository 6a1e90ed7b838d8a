import { Col, Descriptions, Drawer, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit';
import { formatTime } from '../../ui/time';

function Snapshot({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation(['console', 'audit']);
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        style={{
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          padding: 12,
          marginTop: 8,
          minHeight: 80,
          maxHeight: 420,
          overflow: 'auto',
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {value === null || value === undefined ? t('audit:nothing') : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** One entry of the trail: who, when, from where, what, and the record before and after. */
export function AuditDetail({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation(['console', 'audit']);
  const { t: tc } = useTranslation();
  return (
    <Drawer open={entry !== null} onClose={onClose} size={760} title={t('audit:detailTitle')}>
      {entry ? (
        <div data-testid="audit-detail">
          <Descriptions
            bordered
            column={1}
            size="small"
            styles={{ label: { width: 140 } }}
            items={[
              { key: 'at', label: t('audit:at'), children: formatTime(entry.at, 'second') },
              {
                key: 'actor',
                label: t('audit:actor'),
                children: (
                  <>
                    {entry.actorName ?? t('audit:system')}{' '}
                    {entry.actorRoles.map((r) => (
                      <Tag key={r}>{tc(`roles.${r}`, { defaultValue: r })}</Tag>
                    ))}
                  </>
                ),
              },
              {
                key: 'action',
                label: t('audit:action'),
                children: (
                  <>
                    {t(`audit:actions.${entry.action}`, { defaultValue: entry.action })}{' '}
                    <Typography.Text type="secondary" code>
                      {entry.action}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'target',
                label: t('audit:target'),
                children: `${t(`audit:targets.${entry.targetType}`, { defaultValue: entry.targetType })} ${entry.targetId ?? ''}`,
              },
              { key: 'ip', label: t('audit:ip'), children: entry.ip ?? '—' },
              { key: 'ua', label: t('audit:userAgent'), children: entry.userAgent ?? '—' },
              { key: 'request', label: t('audit:requestId'), children: entry.requestId ?? '—' },
              { key: 'chain', label: t('audit:chain'), children: `${entry.districtId} #${entry.seq}` },
              {
                key: 'hash',
                label: t('audit:hash'),
                children: (
                  <Typography.Text code style={{ wordBreak: 'break-all' }}>
                    {entry.hash}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col span={12}>
              <Snapshot title={t('audit:before')} value={entry.before} />
            </Col>
            <Col span={12}>
              <Snapshot title={t('audit:after')} value={entry.after} />
            </Col>
          </Row>
        </div>
      ) : null}
    </Drawer>
  );
}
