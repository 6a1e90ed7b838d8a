import { Button, Result } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { checkIn, useActivityMutation } from '../../modules/activities/api';
import { Page } from '../ui/page';
import { useErrorText } from '../ui/states';
import './activities.css';

/**
 * The page a check-in QR code opens (/m/scan/:token): the signed-in volunteer or resident taps once to check in,
 * and again (a second scan) to check out. A tap rather than on-load, so that opening the link twice by mistake
 * does not check out.
 */
export function ScanPage() {
  const { t } = useTranslation('activities');
  const { token = '' } = useParams();
  const errorText = useErrorText();
  const scan = useActivityMutation(() => checkIn(token));
  const done = scan.data;
  return (
    <Page title={t('scan.title')} back="/m/activities">
      <div className="lx-scan">
        {done ? (
          <Result
            status="success"
            title={
              done.result === 'checked_in'
                ? t('scan.checkedIn')
                : t('scan.checkedOut', { minutes: done.minutes })
            }
            description={done.title}
          />
        ) : scan.isError ? (
          <Result status="error" title={errorText(scan.error)} />
        ) : (
          <p className="lx-scan-result">{t('scan.hint')}</p>
        )}
        {!done && (
          <Button
            block
            color="primary"
            size="large"
            loading={scan.isPending}
            onClick={() => scan.mutate(undefined)}
            data-testid="scan-confirm"
          >
            {t('scan.confirm')}
          </Button>
        )}
      </div>
    </Page>
  );
}
