import net from 'node:net';

/**
 * A TCP relay on the loopback between the app and PostgreSQL, so a test can take the database away
 * (every connection cut, new ones refused) and bring it back on the same address.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;

  async function listen() {
    if (server) {
      return;
    }
    const created = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    server = created;
    await new Promise<void>((resolve, reject) => {
      created.once('error', reject);
      created.listen(port, '127.0.0.1', resolve);
    });
    port = (created.address() as net.AddressInfo).port;
  }

  await listen();
  return {
    get port() {
      return port;
    },
    /** The database "goes away": open connections are cut and new ones refused. */
    async down() {
      const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      for (const s of sockets) {
        s.destroy();
      }
      await closed;
      server = null;
    },
    async up() {
      await listen();
    },
    async close() {
      if (server) {
        await this.down();
      }
    },
  };
}
export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>;
