// An S3-compatible object store (AWS S3, Aliyun OSS, Tencent COS, MinIO, Ceph RGW …) behind the FileStore
// interface, signed with AWS Signature Version 4 by hand: two calls (PUT and GET) do not earn an SDK.
import { createHash, createHmac } from 'node:crypto';
import type { FileStore } from './files';

export type S3Options = {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://127.0.0.1:9000 */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export type SignInput = {
  method: string;
  url: URL;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** YYYYMMDD'T'HHMMSS'Z' */
  amzDate: string;
};

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it (each path segment; `/` kept between them). */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(decodeURIComponent(segment)).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/** The Authorization header of a request (and the string to sign, for checking against AWS's examples). */
export function signS3Request(input: SignInput): { authorization: string; stringToSign: string } {
  const headers = Object.entries({ ...input.headers, host: input.url.host })
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = headers.map(([k]) => k).join(';');
  const query = [...input.url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  const canonical = [
    input.method,
    encodePath(input.url.pathname),
    query,
    `${headers.map(([k, v]) => `${k}:${v}`).join('\n')}\n`,
    signedHeaders,
    input.payloadHash,
  ].join('\n');
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return {
    stringToSign,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}

/** Path-style addressing (endpoint/bucket/key): what every S3-compatible server accepts. */
export function createS3Store(options: S3Options, fetchImpl: typeof fetch = fetch): FileStore {
  const base = options.endpoint.replace(/\/+$/, '');
  const send = async (method: 'GET' | 'PUT' | 'DELETE', key: string, body?: Buffer) => {
    if (key.split('/').some((s) => s === '..' || s === '')) {
      throw new Error('bad file key');
    }
    const url = new URL(`${base}/${options.bucket}/${key}`);
    const payloadHash = sha256(body ?? '');
    const amzDate = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const headers: Record<string, string> = { 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate };
    const { authorization } = signS3Request({ method, url, headers, payloadHash, amzDate, ...options });
    const res = await fetchImpl(url, {
      method,
      headers: { ...headers, authorization },
      ...(body ? { body: new Uint8Array(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) {
      throw new Error(`object store ${method} ${key}: ${res.status}`);
    }
    return res;
  };
  return {
    async put(key, bytes) {
      await send('PUT', key, bytes);
    },
    async get(key) {
      return Buffer.from(await (await send('GET', key)).arrayBuffer());
    },
    async remove(key) {
      // S3 answers 204 for a key that is not there too.
      await send('DELETE', key);
    },
  };
}
