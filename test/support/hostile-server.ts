/**
 * Tiny real HTTP servers (node:http on 127.0.0.1, port 0) that answer the way a broken proxy or an
 * unfriendly server does: a Retry-After of years, an HTML page with status 200, a body that never
 * ends, a redirect to another origin. Each records the requests it got.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileServer {
  url: string;
  apiUrl: string;
  requests: Array<{ url: string; headers: IncomingMessage['headers'] }>;
  /** Connections open right now, and the most seen at once. */
  open: number;
  maxOpen: number;
  close(): Promise<void>;
}

export async function startHostileServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<HostileServer> {
  const state: HostileServer = {
    url: '',
    apiUrl: '',
    requests: [],
    open: 0,
    maxOpen: 0,
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    state.requests.push({ url: req.url ?? '/', headers: req.headers });
    handler(req, res);
  });
  server.on('connection', (socket) => {
    state.open += 1;
    state.maxOpen = Math.max(state.maxOpen, state.open);
    socket.on('close', () => {
      state.open -= 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.apiUrl = `${state.url}/w/api.php`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released): connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Waits until `condition()` holds, checking every few milliseconds (an observable event, not a sleep). */
export async function until(condition: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
