import { describe, expect, it } from 'vitest';
import { render } from './format';
import { maskNumbersInText } from './presenter';
import { escapeXml, toXmlDocument } from './xml';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('escapes an entity-looking text instead of passing it through', () => {
    expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('drops characters XML 1.0 forbids and keeps Chinese, emoji, tabs and newlines', () => {
    expect(escapeXml('路灯\u0000不亮\u0008\u001f\uFFFE😀\t\r\n')).toBe('路灯不亮😀\t\r\n');
  });
});

describe('toXmlDocument', () => {
  it('writes a declaration, nested elements and empty elements', () => {
    const xml = toXmlDocument({
      name: 'service_requests',
      children: [
        {
          name: 'request',
          children: [
            { name: 'id', text: '1' },
            { name: 'zipcode', text: null },
          ],
        },
      ],
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><service_requests><request><id>1</id><zipcode/></request></service_requests>',
    );
  });

  it('refuses an element name that is not a name', () => {
    expect(() => toXmlDocument({ name: 'a b', text: 'x' })).toThrow(/element name/);
  });
});

describe('render', () => {
  it('names list entries as the spec does', () => {
    const xml = render('serviceDefinition', 'xml', {
      service_code: 'x',
      attributes: [{ code: 'is_public', values: [{ key: 'yes', name: '同意' }] }],
    });
    expect(xml).toContain(
      '<attributes><attribute><code>is_public</code><values><value><key>yes</key><name>同意</name></value></values></attribute></attributes>',
    );
    expect(render('errors', 'xml', [{ code: 403, description: 'no <key>' }])).toContain(
      '<errors><error><code>403</code><description>no &lt;key&gt;</description></error></errors>',
    );
    expect(JSON.parse(render('requests', 'json', [{ lat: 1.5, media_url: null }]))).toEqual([
      { lat: 1.5, media_url: null },
    ]);
  });
});

describe('presenter helpers', () => {
  it('masks phone and ID numbers inside free text', () => {
    expect(maskNumbersInText('请联系13912345678或0519-86661234，身份证320412199001011234')).toBe(
      '请联系139****5678或0519****1234，身份证3204**********1234',
    );
    // Not every long number is a phone: order numbers stay.
    expect(maskNumbersInText('订单 2026030112345678901')).toBe('订单 2026030112345678901');
  });
});
