import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const WECHAT = {
  LIANXIN_WECHAT_APPID: 'wx123',
  LIANXIN_WECHAT_SECRET: 's3cret',
  LIANXIN_WECHAT_TEMPLATE_ID: 'TPL',
};

describe('WeChat configuration', () => {
  it('is off when none of the three is set', () => {
    expect(loadConfig({}).wechat).toBeUndefined();
  });

  it('takes all three, with the public API unless another base is given', () => {
    expect(loadConfig(WECHAT).wechat).toEqual({
      appId: 'wx123',
      secret: 's3cret',
      templateId: 'TPL',
      apiBase: 'https://api.weixin.qq.com',
      linkBase: undefined,
    });
    const local = loadConfig({
      ...WECHAT,
      LIANXIN_WECHAT_API_BASE: 'http://127.0.0.1:9000',
      LIANXIN_WECHAT_LINK_BASE: 'https://lianxin.example.cn',
    }).wechat;
    expect(local?.apiBase).toBe('http://127.0.0.1:9000');
    expect(local?.linkBase).toBe('https://lianxin.example.cn');
  });

  it('refuses to start with only some of the three, naming what is missing', () => {
    const { LIANXIN_WECHAT_SECRET: _, ...partial } = WECHAT;
    expect(() => loadConfig(partial)).toThrow(/missing LIANXIN_WECHAT_SECRET/);
    expect(() => loadConfig({ LIANXIN_WECHAT_TEMPLATE_ID: 'TPL' })).toThrow(/LIANXIN_WECHAT_APPID/);
  });
});
