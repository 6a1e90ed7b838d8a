import { List, Result } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hoursOf } from '../../../shared/certificates';
import { useCertificateCheck } from '../../modules/certificates/api';
import { formatTime } from '../../ui/time';
import { Page } from '../ui/page';
import { QueryState } from '../ui/states';

/**
 * 证明核验: what the QR code on a service record certificate opens, for anyone (an employer, a school) to see
 * that the certificate was issued and what it states — the volunteer's name masked.
 */
export function VerifyPage() {
  const { t } = useTranslation('certificates');
  const number = useParams().number ?? '';
  const check = useCertificateCheck(number);
  return (
    <Page title={t('verify.title')}>
      <QueryState query={check}>
        {(c) => (
          <>
            <Result
              status="success"
              title={t('verify.valid')}
              description={t('verify.validText', { issuer: c.issuerName })}
            />
            <List data-testid="certificate-check">
              <List.Item extra={c.number}>{t('verify.number')}</List.Item>
              <List.Item extra={c.volunteerName}>{t('verify.volunteer')}</List.Item>
              <List.Item extra={c.volunteerNumber ?? t('verify.none')}>
                {t('verify.volunteerNumber')}
              </List.Item>
              <List.Item extra={t('verify.hours', { hours: hoursOf(c.minutes) })}>
                {t('verify.total')}
              </List.Item>
              <List.Item extra={`${c.periodFrom} ~ ${c.periodTo}`}>{t('verify.period')}</List.Item>
              <List.Item extra={c.issuerName}>{t('verify.issuer')}</List.Item>
              <List.Item extra={formatTime(c.issuedAt, 'day')}>{t('verify.issuedAt')}</List.Item>
            </List>
            <p className="lx-section lx-muted">{t('verify.note')}</p>
          </>
        )}
      </QueryState>
    </Page>
  );
}
