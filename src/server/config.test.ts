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

describe('time zone', () => {
  it('is Beijing time unless LIANXIN_TIME_ZONE names another IANA zone', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ LIANXIN_TIME_ZONE: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
  });

  it('refuses to start with a zone that does not exist, naming the variable', () => {
    for (const zone of ['Asia/Beijing', '+08:00', 'CST-8']) {
      expect(() => loadConfig({ LIANXIN_TIME_ZONE: zone }), zone).toThrow(/LIANXIN_TIME_ZONE/);
    }
  });
});

describe('request limits', () => {
  it('take the defaults, or points/duration from their variable', () => {
    expect(loadConfig({}).limits.smsPhone).toEqual({ points: 1, seconds: 60 });
    const limits = loadConfig({
      LIANXIN_LIMIT_SIGNIN_ADDRESS: '20/15m',
      LIANXIN_LIMIT_SMS_DAILY: '500/1d',
    }).limits;
    expect(limits.signInAddress).toEqual({ points: 20, seconds: 900 });
    expect(limits.smsDaily).toEqual({ points: 500, seconds: 86_400 });
  });

  it('refuse a limit they cannot read, naming its variable', () => {
    expect(() => loadConfig({ LIANXIN_LIMIT_REGISTER: '5 per hour' })).toThrow(/LIANXIN_LIMIT_REGISTER/);
    expect(() => loadConfig({ LIANXIN_LIMIT_REGISTER: '0/1h' })).toThrow(/LIANXIN_LIMIT_REGISTER/);
  });
});

describe('processes and connections', () => {
  const PG = { DATABASE_URL: 'postgres://lianxin@db.example:5432/lianxin' };

  it('run one process with a pool of 10 and a 30 s statement timeout unless told otherwise', () => {
    const config = loadConfig({});
    expect([config.workers, config.dbPool, config.statementTimeoutMs]).toEqual([1, 10, 30_000]);
  });

  it('take the workers, the pool per worker and the timeout (0: none) from their variables', () => {
    const config = loadConfig({
      ...PG,
      LIANXIN_WORKERS: '4',
      LIANXIN_DB_POOL: '20',
      LIANXIN_STATEMENT_TIMEOUT_MS: '0',
    });
    expect([config.workers, config.dbPool, config.statementTimeoutMs]).toEqual([4, 20, 0]);
  });

  it('refuse what is not a whole count', () => {
    for (const [name, value] of [
      ['LIANXIN_WORKERS', '0'],
      ['LIANXIN_WORKERS', '1.5'],
      ['LIANXIN_DB_POOL', '0'],
      ['LIANXIN_DB_POOL', 'many'],
      ['LIANXIN_STATEMENT_TIMEOUT_MS', '-1'],
    ] as const) {
      expect(() => loadConfig({ ...PG, [name]: value }), `${name}=${value}`).toThrow(new RegExp(name));
    }
  });

  it('refuse several workers on the embedded database, saying what to set', () => {
    expect(() => loadConfig({ LIANXIN_WORKERS: '2' })).toThrow(
      /LIANXIN_WORKERS=2 needs PostgreSQL \(DATABASE_URL\)/,
    );
    expect(loadConfig({ LIANXIN_WORKERS: '1' }).workers).toBe(1);
  });
});
