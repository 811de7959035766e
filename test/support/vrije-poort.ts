import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on, for a process started with it. */
export function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const server = createServer();
    server.once('error', mis);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => klaar(typeof adres === 'object' && adres ? adres.port : 0));
    });
  });
}
