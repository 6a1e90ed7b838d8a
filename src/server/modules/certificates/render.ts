import pdfmake, { type DocDefinition } from 'pdfmake';
import { hoursOf } from '../../../shared/certificates';
import type { Locale } from '../../platform/messages';
import { PDF_FONT as FONT, loadPdfFonts } from '../../platform/pdf-fonts';

/**
 * What a service record certificate (志愿服务记录证明) states, fixed when it is issued. The fields are those
 * 《志愿服务记录与证明出具办法（试行）》 (民政部令第67号) asks for: who served (name, identity document, volunteer
 * number), what and how long (content, hours, period), and who certifies it (the organisation that recorded the
 * service — 谁记录谁证明 — with its person in charge, the handler and a contact), plus a number and a date.
 */
export type CertificateFacts = {
  number: string;
  volunteerName: string;
  idType: string;
  idMasked: string | null;
  volunteerNumber: string | null;
  minutes: number;
  /** Calendar days, YYYY-MM-DD, in the installation's time zone. */
  periodFrom: string;
  periodTo: string;
  /** One line per service, oldest first; the certificate shows the last {@link MAX_LINES}. */
  lines: { day: string; content: string; minutes: number }[];
  issuerName: string;
  personInCharge: string | null;
  handler: string | null;
  contact: string | null;
  issuedOn: string;
  /** The public page a phone opens from the QR code. */
  verifyUrl: string;
};

/** A page holds this many service lines; the total always counts every one. */
export const MAX_LINES = 10;

const WORDS = {
  'zh-CN': {
    title: '志愿服务记录证明',
    number: '证明编号',
    intro: (f: CertificateFacts, id: string) =>
      `兹证明 ${f.volunteerName}（${id}）于 ${cnDay(f.periodFrom)} 至 ${cnDay(f.periodTo)} 期间参加志愿服务，经本组织记录，累计志愿服务时长 ${hoursOf(f.minutes)} 小时。`,
    id: (f: CertificateFacts) =>
      [
        `${f.idType}：${f.idMasked ?? '未登记'}`,
        f.volunteerNumber ? `志愿者编号：${f.volunteerNumber}` : null,
      ]
        .filter(Boolean)
        .join('，'),
    table: ['日期', '服务内容', '时长（小时）'],
    more: (n: number) => `另有 ${n} 次服务已计入累计时长，未逐条列出。`,
    closing: '特此证明。',
    issuer: '出具组织（盖章）',
    personInCharge: '负责人',
    handler: '经办人',
    contact: '联系方式',
    issuedOn: '出具日期',
    scan: '扫码核验真伪',
    basis:
      '本证明依据《志愿服务记录与证明出具办法（试行）》（民政部令第67号）出具，由记录志愿服务信息的组织负责（谁记录谁证明）。证件号码已隐去部分数字。',
    // Left blank for a hand signature or the office stamp when the record names nobody.
    none: '＿＿＿＿＿＿',
  },
  'en-US': {
    title: 'Volunteer Service Record Certificate',
    number: 'Certificate number',
    intro: (f: CertificateFacts, id: string) =>
      `This is to certify that ${f.volunteerName} (${id}) served as a volunteer from ${f.periodFrom} to ${f.periodTo}. As recorded by this organisation, the total volunteer service time is ${hoursOf(f.minutes)} hours.`,
    id: (f: CertificateFacts) =>
      [
        `${f.idType}: ${f.idMasked ?? 'not registered'}`,
        f.volunteerNumber ? `volunteer number ${f.volunteerNumber}` : null,
      ]
        .filter(Boolean)
        .join(', '),
    table: ['Date', 'Service', 'Hours'],
    more: (n: number) => `${n} further services are counted in the total but not listed.`,
    closing: '',
    issuer: 'Issuing organisation (seal)',
    personInCharge: 'Person in charge',
    handler: 'Handled by',
    contact: 'Contact',
    issuedOn: 'Date of issue',
    scan: 'Scan to verify',
    basis:
      'Issued under the Measures for Recording Volunteer Service and Issuing Certificates (Ministry of Civil Affairs Order No. 67) by the organisation that recorded the service. Part of the identity number is hidden.',
    none: '____________',
  },
} as const;

function cnDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The certificate as a one-page A4 PDF, in the language asked for. */
export async function renderCertificate(facts: CertificateFacts, locale: Locale): Promise<Buffer> {
  loadPdfFonts();
  const w = WORDS[locale];
  const shown = facts.lines.slice(-MAX_LINES);
  const hidden = facts.lines.length - shown.length;
  const day = (d: string) => (locale === 'zh-CN' ? cnDay(d) : d);
  const signature = (label: string, value: string | null) => ({
    text: [{ text: `${label}：`, bold: true }, value ?? w.none],
    margin: [0, 2, 0, 2],
  });
  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    language: locale,
    info: { title: `${w.title} ${facts.number}`, subject: facts.volunteerName },
    defaultStyle: { font: FONT, fontSize: 11, lineHeight: 1.35 },
    styles: {
      title: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      number: { fontSize: 10, alignment: 'center', color: '#555555', margin: [0, 0, 0, 18] },
      body: { fontSize: 12, margin: [0, 0, 0, 12] },
      head: { bold: true, fillColor: '#f2f2f2' },
      basis: { fontSize: 8.5, color: '#666666' },
    },
    content: [
      { text: w.title, style: 'title' },
      { text: `${w.number}：${facts.number}`, style: 'number' },
      { text: w.intro(facts, w.id(facts)), style: 'body' },
      {
        table: {
          headerRows: 1,
          widths: [90, '*', 70],
          body: [
            w.table.map((text) => ({ text, style: 'head' })),
            ...shown.map((l) => [day(l.day), l.content, { text: hoursOf(l.minutes), alignment: 'right' }]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 10,
        margin: [0, 0, 0, 6],
      },
      hidden > 0 ? { text: w.more(hidden), fontSize: 9, color: '#555555', margin: [0, 0, 0, 6] } : '',
      w.closing ? { text: w.closing, style: 'body', margin: [24, 6, 0, 18] } : '',
      {
        columns: [
          {
            width: '*',
            stack: [
              signature(w.issuer, facts.issuerName),
              signature(w.personInCharge, facts.personInCharge),
              signature(w.handler, facts.handler),
              signature(w.contact, facts.contact),
              signature(w.issuedOn, day(facts.issuedOn)),
            ],
          },
          {
            width: 110,
            stack: [
              { qr: facts.verifyUrl, fit: 100, alignment: 'center' },
              { text: w.scan, fontSize: 9, alignment: 'center', margin: [0, 4, 0, 0] },
            ],
          },
        ],
        margin: [0, 12, 0, 18],
      },
      { text: w.basis, style: 'basis' },
    ],
  };
  return pdfmake.createPdf(doc).getBuffer();
}
