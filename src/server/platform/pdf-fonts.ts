import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';

/** The font every PDF the server writes is set in: Noto Sans SC carries Chinese and Latin alike. */
export const PDF_FONT = 'NotoSansSC';
let fontsReady = false;

/**
 * Readies pdfmake once per process: the CJK font arrives with `npm ci` (no system font is assumed) and goes to
 * pdfmake's virtual disk; a document never fetches anything, every byte it shows is in its definition.
 */
export function loadPdfFonts(): void {
  if (fontsReady) {
    return;
  }
  const require = createRequire(import.meta.url);
  const file = (weight: string) =>
    readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Regular.ttf', file('400Regular'));
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Bold.ttf', file('700Bold'));
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: 'NotoSansSC-Regular.ttf',
      bold: 'NotoSansSC-Bold.ttf',
      italics: 'NotoSansSC-Regular.ttf',
      bolditalics: 'NotoSansSC-Bold.ttf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsReady = true;
}
