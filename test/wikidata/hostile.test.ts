/**
 * Network failures are bounded and explained: real HTTP servers send the hostile answers, the
 * real client (and the real CLI in a child process) meets them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WikibaseClient } from '../../src/wikidata/client.js';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { closedPort, startHostileServer, until, type HostileServer } from '../support/hostile-server.js';
import { runCli, spawnCli } from '../support/cli.js';
import { makeTempDir } from '../support/tmp.js';
import type { ItemId } from '../../src/ids.js';

const servers: HostileServer[] = [];
afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close();
});

async function hostile(handler: Parameters<typeof startHostileServer>[0]): Promise<HostileServer> {
  const server = await startHostileServer(handler);
  servers.push(server);
  return server;
}

const client = (endpoint: string, extra: Partial<ConstructorParameters<typeof WikibaseClient>[0]> = {}) =>
  new WikibaseClient({ endpoint, languages: ['en'], baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 4, ...extra });

const ids: ItemId[] = ['Q1', 'Q2'];

describe('Retry-After is obeyed up to --max-wait, and no further', () => {
  it.each([
    ['9999999999 seconds', '9999999999'],
    ['an HTTP date in 2099', 'Fri, 01 Jan 2099 00:00:00 GMT'],
    ['200 seconds', '200'],
  ])('fails at once, with the reason, when the server asks to wait %s', async (_what, value) => {
    const server = await hostile((_req, res) => res.writeHead(429, { 'retry-after': value }).end('slow down'));
    const result = await client(server.apiUrl).getEntities(ids);
    expect(result.failed).toEqual(ids);
    expect(result.failures.get('Q1')).toMatch(/HTTP 429: the server asked to wait .* over --max-wait 120 s/);
    expect(server.requests).toHaveLength(1);
  });

  it('waits a Retry-After within --max-wait, then succeeds', async () => {
    let calls = 0;
    const server = await hostile((_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(503, { 'retry-after': '0.2' }).end();
      else
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ entities: { Q1: { id: 'Q1', missing: '' }, Q2: { id: 'Q2', missing: '' } } }));
    });
    const events: string[] = [];
    const result = await client(server.apiUrl, { onEvent: (e) => events.push(e.type) }).getEntities(ids);
    expect(result.missing).toEqual(ids);
    expect(events).toContain('waiting');
  });

  it('a process given Retry-After 9999999999 ends at once with exit 1, the reason, and no timer warning', async () => {
    const server = await hostile((_req, res) => res.writeHead(429, { 'retry-after': '9999999999' }).end());
    const tmp = makeTempDir();
    try {
      const run = await spawnCli(
        ['crawl', 'Q42', '--endpoint', server.apiUrl, '--store', 's.sqlite', '--out', 'x.json'],
        { cwd: tmp.dir },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/server asked to wait 9999999999 s, over --max-wait 120 s: Q42/);
      expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/);
      expect(readdirSync(tmp.dir)).not.toContain('x.json');
    } finally {
      tmp.cleanup();
    }
  });
});

describe('why ids failed is said, and hopeless failures fail fast', () => {
  it('connection refused: reported as such after a couple of quick retries', async () => {
    const port = await closedPort();
    const events: Array<{ type: string; delayMs?: number }> = [];
    const c = client(`http://127.0.0.1:${port}/w/api.php`, {
      maxAttempts: 6,
      baseDelayMs: 60_000,
      onEvent: (e) => events.push(e),
    });
    const result = await c.getEntities(ids);
    expect(result.failures.get('Q1')).toBe(`connection refused by 127.0.0.1:${port}`);
    expect(c.stats().requests).toBe(3);
    // quick retries, never the exponential back-off (which would be 30 s or more here)
    expect(events.filter((e) => e.type === 'retry').every((e) => (e.delayMs ?? 0) < 1000)).toBe(true);
  });

  it('DNS failure: reported as such', async () => {
    const result = await client('http://wdkin-no-such-host.invalid/w/api.php').getEntities(ids);
    expect(result.failures.get('Q1')).toMatch(/^DNS lookup failed for wdkin-no-such-host\.invalid/);
  });

  it('an HTML page with status 200 (a proxy, a login wall) is named', async () => {
    const server = await hostile((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Please log in</body></html>'),
    );
    const result = await client(server.apiUrl, { maxAttempts: 2 }).getEntities(ids);
    expect(result.failures.get('Q1')).toBe('HTML page instead of JSON (HTTP 200, text/html)');
  });

  it('bad JSON, an HTTP error status, a body over the size cap', async () => {
    const bad = await hostile((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"entities": {'),
    );
    expect((await client(bad.apiUrl, { maxAttempts: 1 }).getEntities(ids)).failures.get('Q1')).toMatch(
      /not valid JSON/,
    );
    const status = await hostile((_req, res) => res.writeHead(404).end('nope'));
    expect((await client(status.apiUrl).getEntities(ids)).failures.get('Q1')).toBe('HTTP 404');
    expect(status.requests).toHaveLength(1);
    const endless = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 32);
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      res.on('close', () => res.off('drain', pump));
      pump();
    });
    const capped = await client(endless.apiUrl, { maxAttempts: 1, maxResponseBytes: 1024 * 1024 }).getEntities(ids);
    expect(capped.failures.get('Q1')).toMatch(/over the size cap/);
  });

  it('a redirect to another origin is not followed, and the token never leaves the endpoint', async () => {
    const elsewhere = await hostile((_req, res) => res.writeHead(200).end('{}'));
    const server = await hostile((_req, res) =>
      res.writeHead(302, { location: `${elsewhere.url}/w/api.php?token=x` }).end(),
    );
    const result = await client(server.apiUrl, { token: 'secret-token' }).getEntities(ids);
    expect(result.failures.get('Q1')).toBe(`redirected to another origin (${elsewhere.url}/w/api.php); not followed`);
    expect(elsewhere.requests).toHaveLength(0);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer secret-token');
  });

  it('a gzip answer is read; the User-Agent carries the contact', async () => {
    const server = await hostile((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        .end(gzipSync(JSON.stringify({ entities: { Q1: { id: 'Q1', missing: '' }, Q2: { id: 'Q2', missing: '' } } }))),
    );
    const result = await client(server.apiUrl, { contact: 'me@example.org' }).getEntities(ids);
    expect(result.missing).toEqual(ids);
    expect(server.requests[0]!.headers['user-agent']).toMatch(/\(me@example\.org\)/);
  });
});

describe('a timed-out request is aborted: it never holds a server slot', () => {
  let server: FakeWikibase;
  beforeAll(async () => {
    server = await startFakeWikibase({});
  });
  afterAll(async () => server.close());

  it('under stalls, at most `concurrency` requests are ever open, and each stalled one is closed', async () => {
    server.setFaults({ rate: 1, kinds: ['stall'] });
    const royals = Array.from({ length: 300 }, (_v, i) => `Q${i + 1}` as ItemId);
    const c = client(server.apiUrl, { concurrency: 2, timeoutMs: 150, maxAttempts: 2 });
    const result = await c.getEntities(royals);
    expect(result.failed).toHaveLength(300);
    expect(result.failures.get('Q1')).toMatch(/timeout/);
    expect(server.maxInFlightSeen).toBeLessThanOrEqual(2);
    // every stalled request's socket was closed by the client (the server never answered it)
    await until(() => server.log.every((entry) => entry.end !== -1), 'the server to see every stalled socket closed');
    server.setFaults(undefined);
  });
});

describe('CLI: credentials and bad network options', () => {
  let server: FakeWikibase;
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    server = await startFakeWikibase({});
    tmp = makeTempDir();
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('credentials in --endpoint are used but never appear in outputs, the store or printed text', async () => {
    const endpoint = server.apiUrl.replace('http://', 'http://alice:s3cr3t-pw@');
    server.clearLog();
    const run = await runCli(
      [
        'crawl',
        'Q9439',
        '--depth',
        '1',
        '--endpoint',
        endpoint,
        '--store',
        'cred.sqlite',
        '--out',
        'c.json',
        '--out',
        'c.gexf',
        '--out',
        'c.ged',
        '--json',
      ],
      { cwd: tmp.dir },
    );
    expect(run.code).toBe(0);
    expect(server.log[0]!.headers.authorization).toBe(`Basic ${Buffer.from('alice:s3cr3t-pw').toString('base64')}`);
    const everything = [
      run.stdout,
      run.stderr,
      ...['c.json', 'c.gexf', 'c.ged', 'cred.sqlite'].map((f) => readFileSync(join(tmp.dir, f), 'latin1')),
    ];
    for (const text of everything) {
      expect(text).not.toContain('s3cr3t-pw');
      expect(text).not.toContain('alice');
    }
    const bad = await runCli(['crawl', 'Q1', '--endpoint', 'ftp://bob:hunter2@example.org/w/api.php'], {
      cwd: tmp.dir,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('hunter2');
  });

  it.each([
    [['--contact', 'José <jose@example.org>'], /--contact .* printable ASCII/],
    [['--contact', ' '], /--contact/],
    [['--token', 'abc def'], /--token .* without spaces/],
    [['--token', 'abc\u0007'], /--token/],
    [['--concurrency', '17'], /--concurrency to be a whole number from 1 to 16/],
    [['--concurrency', 'abc'], /--concurrency to be a whole number from 1 to 16, got "abc"/],
    [['--endpoint', 'https://www.wikidata.org/w/index.php'], /--endpoint to be the URL of a Wikibase Action API/],
    [['--endpoint', 'file:///etc/passwd'], /--endpoint to be an http\(s\) URL/],
    [['--max-wait', 'soon'], /--max-wait to be a duration/],
  ])('%j is exit 2 with one line naming the option', async (extra, message) => {
    const run = await runCli(['crawl', 'Q42', '--store', 'x.sqlite', ...extra], { cwd: tmp.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain('abc def');
  });

  it('more than 3 requests in flight against a Wikimedia host prints a warning', async () => {
    const run = await runCli(
      ['crawl', 'Q42', '--concurrency', '5', '--retries', '0', '--store', 'w.sqlite', '--out', 'w.json', '--json'],
      { cwd: tmp.dir },
    );
    expect(run.stderr).toMatch(/^warning: --concurrency 5 is above Wikimedia's guidance of 3/m);
  });
});

describe('the progress line on a terminal', () => {
  it('never shows more done than the level holds, and says when it waits for a Retry-After', async () => {
    const server = await startFakeWikibase({
      retryAfterSeconds: 1,
      faults: { script: ['none', '503', 'maxlag', '429'] },
    });
    const tmp = makeTempDir();
    try {
      const run = await runCli(
        ['crawl', 'Q9439', '--depth', '3', '--endpoint', server.apiUrl, '--store', 'p.sqlite', '--out', 'p.json'],
        { cwd: tmp.dir, stderrIsTTY: true },
      );
      expect(run.code).toBe(0);
      const counts = [...run.stderr.matchAll(/(\d+)\/(\d+) of this level/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(counts.length).toBeGreaterThan(0);
      for (const [done, total] of counts) expect(done).toBeLessThanOrEqual(total!);
      expect(run.stderr).toMatch(/waiting 1 s \(server asked: Retry-After\)/);
    } finally {
      await server.close();
      tmp.cleanup();
    }
  });
});
