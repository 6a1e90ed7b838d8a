import { WechatOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../shared/accounts';
import { authKeys, bindWechat, unbindWechat, useMe } from '../../modules/auth/session';
import { Page, Section } from '../ui/page';
import { FormError, useErrorText } from '../ui/states';

const STATE_KEY = 'lx-wechat-oauth-state';

/** The WeChat web-authorisation address (snsapi_base: the openid only, no consent screen) back to this page. */
export function wechatAuthorizeUrl(appId: string, state: string): string {
  const redirect = `${window.location.origin}/m/me/wechat`;
  const q = new URLSearchParams({
    appid: appId,
    redirect_uri: redirect,
    response_type: 'code',
    scope: 'snsapi_base',
    state,
  });
  return `https://open.weixin.qq.com/connect/oauth2/authorize?${q}#wechat_redirect`;
}

/**
 * 微信通知: bind this account to the resident's WeChat so ticket news arrive as template messages. Binding goes
 * through WeChat's OAuth redirect, which comes back here with ?code=…&state=…; the state we sent must match.
 * Without a configured official account, development installations bind a made-up openid (the development
 * adapter records what would be sent).
 */
export function WechatPage() {
  const { t } = useTranslation('mobile');
  const me = useMe().data;
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const handled = useRef(false);

  const run = async (call: () => Promise<Me>) => {
    setBusy(true);
    setError(null);
    try {
      client.setQueryData(authKeys.me, await call());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const code = params.get('code');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per code WeChat hands back
  useEffect(() => {
    if (!code || handled.current) {
      return;
    }
    handled.current = true;
    const expected = sessionStorage.getItem(STATE_KEY);
    sessionStorage.removeItem(STATE_KEY);
    void navigate('/m/me/wechat', { replace: true });
    if (!expected || params.get('state') !== expected) {
      setError(t('wechat.stateMismatch'));
      return;
    }
    void run(() => bindWechat({ code }));
  }, [code]);

  if (!me) {
    return null;
  }
  const startBinding = () => {
    if (me.wechatAppId) {
      const state = crypto.randomUUID().replaceAll('-', '');
      sessionStorage.setItem(STATE_KEY, state);
      window.location.assign(wechatAuthorizeUrl(me.wechatAppId, state));
    } else {
      void run(() => bindWechat({ devOpenid: `dev-${me.id}` }));
    }
  };
  const canBind = Boolean(me.wechatAppId) || me.wechatDevBinding;
  return (
    <Page
      title={t('wechat.title')}
      back="/m/me"
      footer={
        me.wechatBound ? (
          <Button
            block
            size="large"
            loading={busy}
            onClick={() => void run(() => unbindWechat())}
            data-testid="wechat-unbind"
          >
            {t('wechat.unbind')}
          </Button>
        ) : canBind ? (
          <Button
            block
            color="primary"
            size="large"
            loading={busy}
            onClick={startBinding}
            data-testid="wechat-bind"
          >
            {me.wechatAppId ? t('wechat.bind') : t('wechat.bindDev')}
          </Button>
        ) : null
      }
    >
      <FormError text={error} />
      <Result
        icon={
          <WechatOutlined
            aria-hidden
            style={{ fontSize: 48, color: me.wechatBound ? '#07c160' : 'var(--adm-color-weak)' }}
          />
        }
        status={me.wechatBound ? 'success' : 'info'}
        title={me.wechatBound ? t('wechat.bound') : t('wechat.unbound')}
        description={me.wechatBound ? t('wechat.boundHint') : t('wechat.unboundHint')}
        data-testid="wechat-status"
      />
      <Section>
        <p className="lx-muted" style={{ margin: 0 }}>
          {me.wechatAppId
            ? t('wechat.openInWechat')
            : me.wechatDevBinding
              ? t('wechat.devHint')
              : t('wechat.notConfigured')}
        </p>
      </Section>
    </Page>
  );
}
