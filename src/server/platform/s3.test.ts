import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createS3Store, signS3Request } from './s3';

// AWS's published example (S3 API reference, "Signature Calculations for the Authorization Header", GET Object).
const AWS_EXAMPLE = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  amzDate: '20130524T000000Z',
};
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('AWS Signature Version 4', () => {
  it('signs AWS’s GET Object example exactly', () => {
    const signed = signS3Request({
      ...AWS_EXAMPLE,
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY, 'x-amz-date': AWS_EXAMPLE.amzDate },
      payloadHash: EMPTY,
    });
    expect(signed.stringToSign.split('\n').at(-1)).toBe(
      '7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
    );
    expect(signed.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('the S3 file store', () => {
  it('puts, gets and removes objects path-style with signed requests, and refuses keys that climb', async () => {
    const objects = new Map<string, Buffer>();
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${String(req.headers.authorization).slice(0, 60)}`);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method === 'PUT') {
          objects.set(req.url ?? '', Buffer.concat(chunks));
          res.end();
        } else if (req.method === 'DELETE') {
          objects.delete(req.url ?? '');
          res.statusCode = 204;
          res.end();
        } else {
          const body = objects.get(req.url ?? '');
          res.statusCode = body ? 200 : 404;
          res.end(body);
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const store = createS3Store({
        endpoint: `http://127.0.0.1:${port}/`,
        bucket: 'lianxin',
        region: 'cn-north-1',
        accessKeyId: 'AK',
        secretAccessKey: 'SK',
      });
      await store.put('tickets/a/photo.jpg', Buffer.from('jpeg bytes'));
      expect((await store.get('tickets/a/photo.jpg')).toString()).toBe('jpeg bytes');
      await expect(store.get('tickets/missing.jpg')).rejects.toThrow('404');
      await store.remove('tickets/a/photo.jpg');
      await expect(store.get('tickets/a/photo.jpg')).rejects.toThrow('404');
      expect(seen.at(-2)).toContain('DELETE /lianxin/tickets/a/photo.jpg AWS4-HMAC-SHA256');
      await expect(store.put('../escape', Buffer.from('x'))).rejects.toThrow('bad file key');
      expect(seen[0]).toContain('PUT /lianxin/tickets/a/photo.jpg AWS4-HMAC-SHA256 Credential=AK/');
    } finally {
      server.close();
    }
  });
});
