import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/language-switch';

/** The frame of the sign-in steps: the brand on the left (desks only), the step's card on the right. */
export function AuthFrame({
  title,
  children,
  wide,
}: {
  title: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('auth');
  return (
    <Row style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Col xs={0} md={10} lg={12}>
        <Flex
          vertical
          justify="center"
          style={{
            height: '100%',
            padding: '0 10%',
            color: '#fff',
            background: 'linear-gradient(160deg, #C8102E 0%, #8E0B21 100%)',
          }}
        >
          <Typography.Title style={{ color: '#fff', fontSize: 44, margin: 0 }}>
            {t('appName')}
          </Typography.Title>
          <Typography.Title level={3} style={{ color: '#fff', marginTop: 12, fontWeight: 400 }}>
            {t('appSlogan')}
          </Typography.Title>
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16, maxWidth: 420 }}>
            {ta('office.auth.tagline')}
          </Typography.Paragraph>
        </Flex>
      </Col>
      <Col xs={24} md={14} lg={12}>
        <Flex vertical style={{ minHeight: '100vh', padding: 16 }}>
          <Flex justify="flex-end">
            <LanguageSwitch />
          </Flex>
          <Flex flex={1} align="center" justify="center">
            <Card
              style={{ width: '100%', maxWidth: wide ? 520 : 400 }}
              title={
                <Flex vertical gap={2} style={{ padding: '8px 0' }}>
                  <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400 }}>
                    {ta('office.auth.consoleName', { app: t('appName') })}
                  </Typography.Text>
                  <span style={{ fontSize: 20 }}>{title}</span>
                </Flex>
              }
            >
              {children}
            </Card>
          </Flex>
        </Flex>
      </Col>
    </Row>
  );
}
