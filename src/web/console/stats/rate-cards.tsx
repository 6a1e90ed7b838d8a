import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RateKey, Rates } from '../../../shared/stats';
import type { Names } from '../../modules/stats/api';
import { percentText } from '../../modules/stats/format';
import { DefinedName } from './definition-tip';

export const THREE_RATES: readonly RateKey[] = ['responseRate', 'resolutionRate', 'satisfactionRate'];

/** 响应率, 解决率, 满意率: the big percentage, then numerator ÷ denominator; "—" when there is nothing to judge. */
export function RateCards({ rates, names }: { rates: Rates['rates']; names: Names }) {
  const { t } = useTranslation(['console', 'stats']);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {THREE_RATES.map((key) => {
        const rate = rates[key];
        const def = names.rate(key);
        return (
          <Col key={key} xs={24} md={8}>
            <Card
              data-testid={`rate-card-${key}`}
              style={{ height: '100%' }}
              styles={{ body: { padding: '16px 20px' } }}
            >
              <Typography.Text type="secondary" data-testid="rate-name">
                <DefinedName name={def?.name ?? ''} definition={def?.definition} />
              </Typography.Text>
              <div
                data-testid="rate-value"
                style={{ fontSize: 36, fontWeight: 600, lineHeight: 1.3, margin: '4px 0', color: '#1f1f1f' }}
              >
                {percentText(rate.value)}
              </div>
              <Typography.Text type="secondary" data-testid="rate-fraction">
                {rate.value === null
                  ? t('stats:nothingToJudge')
                  : t('stats:fraction', {
                      numeratorName: def ? names.counter(def.numerator)?.name : '',
                      numerator: rate.numerator,
                      denominatorName: def ? names.counter(def.denominator)?.name : '',
                      denominator: rate.denominator,
                    })}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
