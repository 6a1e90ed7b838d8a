import { describe, expect, it } from 'vitest';
import { mappedCodePoints } from '../../../../test/support/pdf';
import { CERTIFICATE_NUMBER, hoursOf } from '../../../shared/certificates';
import { type CertificateFacts, MAX_LINES, renderCertificate } from './render';
import { certificateNumber } from './service';

const FACTS: CertificateFacts = {
  number: 'ZM20261203-7KQ4M2XD',
  volunteerName: '李秀英',
  idType: '居民身份证',
  idMasked: '3204**********2345',
  volunteerNumber: 'V320412000123',
  minutes: 1530,
  periodFrom: '2026-03-01',
  periodTo: '2026-11-30',
  lines: Array.from({ length: MAX_LINES + 3 }, (_, i) => ({
    day: `2026-${String(3 + (i % 9)).padStart(2, '0')}-1${i % 9}`,
    content: i % 2 ? '免费理发（便民服务日）' : '老年学校 智能手机课程助教',
    minutes: 60 + i * 5,
  })),
  issuerName: '府东社区新时代文明实践站',
  personInCharge: null,
  handler: '赵敏',
  contact: '0519-86661234',
  issuedOn: '2026-12-03',
  verifyUrl: 'http://127.0.0.1:3000/m/verify/ZM20261203-7KQ4M2XD',
};

describe('the service record certificate', () => {
  it('is a one-page PDF whose embedded font carries the Chinese it prints', async () => {
    const pdf = await renderCertificate(FACTS, 'zh-CN');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const mapped = mappedCodePoints(pdf);
    for (const text of [
      '志愿服务记录证明',
      FACTS.volunteerName,
      FACTS.issuerName,
      '民政部令第67号',
      '扫码核验',
    ]) {
      for (const ch of text) {
        expect(mapped.has(ch.codePointAt(0) as number), `${ch} of ${text}`).toBe(true);
      }
    }
  });

  it('speaks English when asked, with the same facts', async () => {
    const pdf = await renderCertificate(FACTS, 'en-US');
    const mapped = mappedCodePoints(pdf);
    for (const ch of 'Volunteer Service Record Certificate') {
      expect(mapped.has(ch.codePointAt(0) as number)).toBe(true);
    }
    // The names stay as registered.
    for (const ch of FACTS.issuerName) {
      expect(mapped.has(ch.codePointAt(0) as number)).toBe(true);
    }
  });

  it('states hours with one decimal and numbers nobody can count through', () => {
    expect(hoursOf(90)).toBe('1.5');
    expect(hoursOf(1530)).toBe('25.5');
    expect(hoursOf(0)).toBe('0.0');
    expect(hoursOf(7)).toBe('0.1');
    const numbers = new Set(Array.from({ length: 200 }, () => certificateNumber('2026-12-03')));
    expect(numbers.size).toBe(200);
    for (const n of numbers) {
      expect(n).toMatch(CERTIFICATE_NUMBER);
      expect(n.startsWith('ZM20261203-')).toBe(true);
    }
  });
});
