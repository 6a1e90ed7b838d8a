// The part of pdfmake 0.3's server build that the certificate uses (its own typings cover the browser build).
declare module 'pdfmake' {
  type Content = unknown;
  export type DocDefinition = {
    content: Content[];
    defaultStyle?: Record<string, unknown>;
    styles?: Record<string, Record<string, unknown>>;
    pageSize?: string;
    pageMargins?: [number, number, number, number];
    info?: Record<string, string>;
    footer?: Content;
    background?: Content;
    language?: string;
  };
  const pdfmake: {
    virtualfs: { writeFileSync(name: string, data: Buffer): void; existsSync(name: string): boolean };
    setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
