import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './mask';

/** How many characters a masked value still shows. */
function shown(masked: string): number {
  return [...masked].filter((c) => c !== '*').length;
}

describe('maskPhone', () => {
  it('masks a mainland mobile as 138****1234', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone(' 13900000003 ')).toBe('139****0003');
  });

  it('keeps the area code and the last four of a landline', () => {
    expect(maskPhone('0519-88881234')).toBe('0519*****1234');
    expect(maskPhone('010-12345678')).toBe('010-****5678');
  });

  it('gives nothing for empty input', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
    expect(maskPhone('')).toBeNull();
    expect(maskPhone('   ')).toBeNull();
  });

  it('stars very short numbers completely', () => {
    expect(maskPhone('110')).toBe('***');
    expect(maskPhone('1234')).toBe('****');
  });

  it('never shows a short number whole (5 to 10 characters)', () => {
    for (let length = 5; length <= 10; length++) {
      const plain = '9876543210'.slice(0, length);
      const masked = maskPhone(plain) ?? '';
      expect(masked, plain).toHaveLength(length);
      expect(masked, plain).not.toBe(plain);
      expect(length - shown(masked), plain).toBeGreaterThanOrEqual(Math.ceil(length / 3));
    }
  });

  it('masks foreign and international numbers without keeping more than 8 characters', () => {
    const intl = maskPhone('+8613812341234') ?? '';
    expect(intl).toHaveLength(14);
    expect(intl.endsWith('1234')).toBe(true);
    expect(shown(intl)).toBeLessThanOrEqual(8);
    const uk = maskPhone('+44 20 7946 0958') ?? '';
    expect(uk).not.toContain('7946');
    expect(shown(uk)).toBeLessThanOrEqual(8);
  });
});

describe('maskIdNumber', () => {
  it('keeps the region prefix and the last four of an 18-character ID number', () => {
    expect(maskIdNumber('320412199001011234')).toBe('3204**********1234');
    expect(maskIdNumber('32041219900101123X')).toBe('3204**********123X');
  });

  it('hides the birth date of a 15-digit (first-generation) ID number', () => {
    const masked = maskIdNumber('320412900101123') ?? '';
    expect(masked).toHaveLength(15);
    expect(masked).not.toContain('900101');
    expect(masked.endsWith('1123')).toBe(true);
  });

  it('never shows more than half of a short document number', () => {
    for (const plain of ['A1234567', 'G12345678', 'E12345678A']) {
      const masked = maskIdNumber(plain) ?? '';
      expect(masked).toHaveLength(plain.length);
      expect(shown(masked), plain).toBeLessThanOrEqual(plain.length / 2);
    }
  });

  it('stars anything shorter than 8 and gives nothing for empty input', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBeNull();
    expect(maskIdNumber('  ')).toBeNull();
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('maskName', () => {
  it('keeps the first character (the family name) only', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('Alice')).toBe('A****');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('adds a star to a one-character name so that it never reads as the whole name', () => {
    expect(maskName('王')).toBe('王*');
  });

  it('gives nothing for empty input', () => {
    expect(maskName('')).toBeNull();
    expect(maskName('   ')).toBeNull();
    expect(maskName(null)).toBeNull();
  });
});
