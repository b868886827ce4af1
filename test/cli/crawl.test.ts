import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFakeWikibase, type FakeWikibase } from '../support/fake-wikibase.js';
import { runCli } from '../support/cli.js';
import { tableBfs } from '../support/royals.js';
import { makeTempDir } from '../support/tmp.js';
import { entity } from '../support/entities.js';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('wdkin crawl', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let server: FakeWikibase;
  beforeAll(async () => {
    server = await startFakeWikibase();
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());
  const cli = (argv: string[]) => runCli(argv, { cwd: tmp.dir, env: { WDKIN_STORE: join(tmp.dir, 'store.sqlite') } });

  it('crawls the bundled snapshot offline: same people as an independent BFS, JSON summary', async () => {
    const result = await cli(['crawl', 'Q9439', '--depth', '3', '--offline', '--json', '--out', 'victoria.json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ people: 175, failed: [], requests: 0 });
    for (const key of ['people', 'edges', 'levels', 'requests', 'fromCache', 'failed', 'anomalies', 'outputs'])
      expect(summary).toHaveProperty(key);
    const saved = JSON.parse(readFileSync(join(tmp.dir, 'victoria.json'), 'utf8'));
    expect(sorted(saved.nodes.map((n: { key: string }) => n.key))).toEqual(sorted(tableBfs(['Q9439'], 3).keys()));
    expect(saved.attributes).toMatchObject({ seeds: ['Q9439'], depth: 3 });
  });

  it('offline without a store named or in ./data: the bundled data answers, and no store is created', async () => {
    const result = await runCli(['crawl', 'Q9439', '--depth', '1', '--offline', '--out', 'v.json'], {
      cwd: tmp.dir,
      env: {},
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^No requests: 12 answers from /m);
    expect(readdirSync(tmp.dir)).toEqual(['v.json']);
  });

  it('reports what the generation rows of a drawing could not make right, and nothing for a JSON output', async () => {
    // Depth 6 around Queen Victoria: 26 parent links span two rows (marriages across generations).
    const drawn = await cli(['crawl', 'Q9439', '--depth', '6', '--offline', '--out', 'v.dot', '--out', 'v.json']);
    expect(drawn.code).toBe(0);
    expect(drawn.stdout).toMatch(/^No requests: 838 answers from /m);
    expect(drawn.stdout).toMatch(/^Data notes: .*\b26 generation-conflict\b/m);
    const summary = JSON.parse(
      (await cli(['crawl', 'Q9439', '--depth', '6', '--offline', '--out', 'w.dot', '--json'])).stdout,
    );
    const conflicts = summary.anomalies.filter((a: { kind: string }) => a.kind === 'generation-conflict');
    expect(conflicts).toHaveLength(26);
    expect(conflicts).toContainEqual({
      kind: 'generation-conflict',
      id: 'Q156531',
      detail: expect.stringMatching(
        /^Prince Andrew of Greece and Denmark \(Q156531\) is drawn 2 rows below their parent George I of Greece \(Q17142\)/,
      ),
    });
    const plain = JSON.parse(
      (await cli(['crawl', 'Q9439', '--depth', '6', '--offline', '--out', 'x.json', '--json'])).stdout,
    );
    expect(plain.anomalyCounts['generation-conflict']).toBeUndefined();
  });

  it('crawls through the fake server and finds the same people; a repeat is served from the store', async () => {
    server.clearLog();
    const argv = [
      'crawl',
      `${server.url}/wiki/Q9439`,
      '--depth',
      '3',
      '--endpoint',
      server.apiUrl,
      '--json',
      '--out',
      'v.json',
      '--contact',
      'ci@example.org',
    ];
    const first = await cli(argv);
    expect(first.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(tmp.dir, 'v.json'), 'utf8'));
    expect(sorted(saved.nodes.map((n: { key: string }) => n.key))).toEqual(sorted(tableBfs(['Q9439'], 3).keys()));
    expect(server.log.every((r) => String(r.headers['user-agent']).includes('(ci@example.org)'))).toBe(true);
    const second = JSON.parse((await cli(argv)).stdout);
    expect(second.requests).toBe(0);
    expect(second.fromCache).toBeGreaterThanOrEqual(175);
  });

  it('writes every format in one run: one INDI per person, one FAM per couple, well-formed files', async () => {
    const outs = ['v.gexf', 'v.svg', 'v.ged', 'v.graphml', 'v.dot', 'v.json'];
    const result = await cli([
      'crawl',
      'Q9439',
      '--depth',
      '3',
      '--offline',
      '--json',
      ...outs.flatMap((o) => ['--out', o]),
    ]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.outputs.map((o: { format: string }) => o.format)).toEqual([
      'gexf',
      'svg',
      'gedcom',
      'graphml',
      'dot',
      'json',
    ]);
    const ged = readFileSync(join(tmp.dir, 'v.ged'), 'utf8');
    expect(ged.match(/^0 @[^@]+@ INDI$/gm)).toHaveLength(summary.people);
    const saved = JSON.parse(readFileSync(join(tmp.dir, 'v.json'), 'utf8'));
    const couples = new Set<string>();
    const parentsOf = new Map<string, string[]>();
    for (const edge of saved.edges) {
      if (edge.attributes.relation === 'spouse') continue;
      parentsOf.set(edge.target, [...(parentsOf.get(edge.target) ?? []), edge.source]);
    }
    for (const parents of parentsOf.values()) couples.add([...parents].sort().join('+'));
    const families = ged.match(/^0 @[^@]+@ FAM$/gm) ?? [];
    expect(families.length).toBe(couples.size);
    expect(readFileSync(join(tmp.dir, 'v.svg'), 'utf8')).toMatch(/^<\?xml|^<svg/);
    expect(readFileSync(join(tmp.dir, 'v.dot'), 'utf8')).toMatch(/^digraph /m);
  });

  it('prints a readable summary without --json', async () => {
    const result = await cli(['crawl', 'Q9439', '--depth', '1', '--offline', '--out', 'a.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ people, \d+ family links over 2 levels/);
    expect(result.stdout).toContain('Wrote ');
  });

  it('exits 1 and writes the partial graph, marked partial, when some people cannot be fetched', async () => {
    const failing = await startFakeWikibase({ faults: { script: ['none'], rate: 1, kinds: ['500'] } });
    try {
      const argv = ['crawl', 'Q9439', '--depth', '1', '--endpoint', failing.apiUrl, '--retries', '0', '--json'];
      const result = await cli([...argv, '--out', 'p.json', '--store', 'partial.sqlite']);
      expect(result.code).toBe(1);
      const summary = JSON.parse(result.stdout);
      expect(summary.status).toBe('partial');
      expect(summary.failed.length).toBeGreaterThan(0);
      expect(summary.failures).toEqual([{ reason: 'HTTP 500', ids: summary.failed }]);
      const saved = JSON.parse(readFileSync(join(tmp.dir, 'p.json'), 'utf8'));
      const unfinished = summary.failed.length + Object.keys(summary.incomplete).length;
      expect(saved.wdkin).toMatchObject({ status: 'partial', failed: unfinished, people: 1 });
    } finally {
      await failing.close();
    }
  });

  it('exits 1 and writes nothing when every seed failed: an existing output is left untouched', async () => {
    const failing = await startFakeWikibase({ faults: { rate: 1, kinds: ['500'] } });
    try {
      writeFileSync(join(tmp.dir, 'kept.json'), 'earlier result');
      const argv = ['crawl', 'Q9439', '--endpoint', failing.apiUrl, '--retries', '0', '--out', 'kept.json'];
      const result = await cli([...argv, '--store', 'none.sqlite']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/Nothing written/);
      expect(result.stdout).toMatch(/HTTP 500: Q9439/);
      expect(readFileSync(join(tmp.dir, 'kept.json'), 'utf8')).toBe('earlier result');
    } finally {
      await failing.close();
    }
  });

  describe('bad input: exit 2, one line, nothing written', () => {
    const cases: Array<[string, string[]]> = [
      ['a property id', ['crawl', 'P22']],
      ['Q0', ['crawl', 'Q0']],
      ['Qabc', ['crawl', 'Qabc']],
      ['--depth -1', ['crawl', 'Q9439', '--depth', '-1']],
      ['--depth x', ['crawl', 'Q9439', '--depth', 'x']],
      ['no seed', ['crawl']],
      ['no command', []],
      ['an unknown option', ['crawl', 'Q9439', '--deepth', '2']],
      ['a missing --snapshot file', ['crawl', 'Q9439', '--snapshot', 'nope.ndjson']],
      ['an unknown output format', ['crawl', 'Q9439', '--offline', '--out', 'x.docx']],
      ['--concurrency 0', ['crawl', 'Q9439', '--concurrency', '0']],
      ['a bad --lang', ['crawl', 'Q9439', '--offline', '--lang', 'en;DROP']],
      ['a bad --endpoint', ['crawl', 'Q9439', '--endpoint', 'ftp://x']],
      ['a bad --max-age', ['crawl', 'Q9439', '--offline', '--max-age', 'soon']],
    ];
    it.each(cases)('%s', async (_name, argv) => {
      const result = await cli([...argv, '--out', 'never.json']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^wdkin: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(tmp.dir, 'never.json'))).toBe(false);
    });

    it('an unwritable --out', async () => {
      writeFileSync(join(tmp.dir, 'plain'), '');
      const targets = [join(tmp.dir, 'plain', 'x.json'), join(tmp.dir, 'no-such-dir', 'x.json'), tmp.dir];
      if (process.getuid?.() !== 0) {
        const locked = join(tmp.dir, 'locked');
        mkdirSync(locked);
        chmodSync(locked, 0o500);
        targets.push(join(locked, 'x.json'));
      }
      for (const target of targets) {
        const result = await cli(['crawl', 'Q9439', '--offline', '--out', 'fine.json', '--out', target]);
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(existsSync(join(tmp.dir, 'fine.json'))).toBe(false);
      }
    });
  });

  it('refuses conflicting sources, damaged snapshots and item URLs from another site (exit 2, one line)', async () => {
    const gz = join(tmp.dir, 'broken.json.gz');
    writeFileSync(gz, gzipSync(JSON.stringify(entity('Q1')).repeat(500)).subarray(0, 400));
    const cases: Array<[string[], RegExp]> = [
      [['--snapshot', gz, '--offline'], /--snapshot and --offline are two different sources/],
      [['--snapshot', gz, '--endpoint', 'https://example.org/w/api.php'], /--snapshot reads a file, not a Wikibase/],
      [
        ['--snapshot', gz],
        /broken\.json\.gz is a damaged or truncated gzip file: it broke after line \d+ \(byte \d+ of the file\)/,
      ],
    ];
    for (const [extra, message] of cases) {
      const result = await cli(['crawl', 'Q1', ...extra, '--out', 'never.json']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    const foreign = await cli(['crawl', 'https://en.wikipedia.org/wiki/Q42', '--offline']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/item URL on www\.wikidata\.org, got a URL on "en\.wikipedia\.org"/);
    const elsewhere = await cli([
      'crawl',
      'https://www.wikidata.org/wiki/Q42',
      '--endpoint',
      'https://wiki.example.org/w/api.php',
    ]);
    expect(elsewhere.code).toBe(2);
    expect(existsSync(join(tmp.dir, 'never.json'))).toBe(false);
  });

  it('skips and reports a malformed snapshot line', async () => {
    const path = join(tmp.dir, 'snap.ndjson');
    writeFileSync(
      path,
      [
        JSON.stringify(entity('Q1', { children: ['Q2'] })),
        '{broken',
        JSON.stringify(entity('Q2', { fathers: ['Q1'] })),
      ].join('\n'),
    );
    const result = await cli(['crawl', 'Q1', '--snapshot', path, '--json', '--out', 's.json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.people).toBe(2);
    expect(summary.anomalies).toEqual([
      expect.objectContaining({ kind: 'bad-snapshot-line', detail: expect.stringContaining(':2: not valid JSON') }),
    ]);
  });
});
