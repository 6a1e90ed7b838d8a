import QRCode from 'qrcode';

/** The check-in URL as a PNG (WeChat's long-press scan reads an <img>, not a <canvas> — DEPENDENCIES.md). */
export function checkinPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 480 });
}
