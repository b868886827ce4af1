/**
 * wdkin ingest on small generated dumps (two renumbered copies of the royals, items that are not
 * people, founders, horses, a missing mother, bad lines): real child processes, real files, real
 * SQLite. The ingested store answers crawls and kinship exactly as the bundled snapshot does,
 * with the ids renumbered; every format (gzip, bzip2, plain, standard input) gives the same store.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnCli } from '../support/cli.js';
import { ROYALS_DATASET } from '../support/paths.js';
import { royalId, shiftText } from '../support/synthetic-dump.js';
import { makeTempDir } from '../support/tmp.js';
import { graphOf, SMALL, storeContent, writeSmallDumps, type SmallDumps } from './helpers.js';

jest.setTimeout(300_000);

describe('wdkin ingest', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let dumps: SmallDumps;
  let gzStore: string;
  let summary: Record<string, any>;
  const cli = (argv: string[], stdinFile?: string) =>
    spawnCli(argv, { cwd: tmp.dir, ...(stdinFile ? { stdinFile } : {}) });

  beforeAll(async () => {
    tmp = makeTempDir();
    dumps = writeSmallDumps(tmp.dir);
    gzStore = join(tmp.dir, 'gz.sqlite');
    const run = await cli(['ingest', dumps.gz, '--store', gzStore, '--second-pass', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    summary = JSON.parse(run.stdout);
  });
  afterAll(() => tmp.cleanup());

  it('keeps the family graph: every person with a family statement and everyone a link names', () => {
    expect(summary).toMatchObject({ people: dumps.families.people, compression: 'gzip', dumpDate: expect.any(String) });
    expect(summary.secondPass).toMatchObject({ wanted: 2, found: 2 });
    expect(summary.notInDump).toBe(1);
    expect(summary.parsedShare).toBeLessThan(0.8);
    expect(summary.badLines).toBe(1);
    expect(summary.badSamples[0]).toMatch(/^line \d+: not valid JSON$/);
    expect(existsSync(`${gzStore}.ingest`)).toBe(false);
    const content = storeContent(gzStore);
    expect(content.entities).toHaveLength(dumps.families.people);
    expect(content.dumps).toEqual([expect.objectContaining({ people: dumps.families.people, languages: 'en' })]);
    expect(new Set(content.entities.map((e: any) => e.fetched_at)).size).toBe(1);
  });

  it('bzip2, plain and standard input give the same store as gzip', async () => {
    const expected = storeContent(gzStore);
    for (const file of [dumps.bz2, dumps.plain]) {
      const store = join(tmp.dir, `${file.split('.').pop()}.sqlite`);
      const run = await cli(['ingest', file, '--store', store, '--second-pass', '--quiet']);
      expect(run.code).toBe(0);
      expect(storeContent(store).entities).toEqual(expected.entities);
      expect(storeContent(store).links).toEqual(expected.links);
    }
    // Standard input cannot be read twice (nor is a file without --second-pass): the sires (not
    // human, with no family statement of their own, met before the link) are not kept, and counted.
    const store = join(tmp.dir, 'stdin.sqlite');
    const run = await cli(['ingest', '-', '--store', store, '--json'], dumps.gz);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ notKept: 2, secondPass: null, file: '-' });
    const sires = new Set(dumps.families.horses.map(([sire]) => sire));
    expect(storeContent(store).entities).toEqual(expected.entities.filter((e: any) => !sires.has(e.qid)));
  });

  it('without --second-pass the non-human items met before their link are counted, not kept', async () => {
    const store = join(tmp.dir, 'one-pass.sqlite');
    const run = await cli(['ingest', dumps.plain, '--store', store, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ notKept: 2, secondPass: null, people: dumps.families.people - 2 });
    const human = await cli(['ingest', dumps.plain, '--store', store]);
    expect(human.stdout).toMatch(
      /2 items named by family links come before any link to them and are not human: not kept/,
    );
  });

  it.each([
    [['crawl', 'Q9439', '--depth', '3'], 0],
    [['crawl', 'Q9682', '--up', '--depth', '6', '--relations', 'spouse'], 1],
    [['crawl', 'Q80976', '--down', '--depth', '4'], 1],
  ])('%j on the ingested store equals the bundled snapshot with ids renumbered (copy %i)', async (args, copy) => {
    const [command, seed, ...rest] = args as string[];
    const snap = await cli([command!, seed!, ...rest, '--snapshot', ROYALS_DATASET, '--out', 'snap.json']);
    expect(snap.code).toBe(0);
    const offline = await cli([
      command!,
      royalId(SMALL, copy, seed!),
      ...rest,
      '--offline',
      '--store',
      gzStore,
      '--out',
      'ingested.json',
    ]);
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(0);
    const expected = JSON.parse(shiftText(SMALL, copy, JSON.stringify(graphOf(join(tmp.dir, 'snap.json')))));
    expect(graphOf(join(tmp.dir, 'ingested.json'))).toEqual(expected);
  });

  it('two copies stay apart: a crawl from one never reaches the other', async () => {
    const run = await cli([
      'crawl',
      royalId(SMALL, 1, 'Q9439'),
      '--depth',
      '8',
      '--offline',
      '--store',
      gzStore,
      '--out',
      'one.json',
    ]);
    expect(run.code).toBe(0);
    const nodes: string[] = JSON.parse(readFileSync(join(tmp.dir, 'one.json'), 'utf8')).nodes.map((n: any) => n.key);
    expect(nodes.length).toBeGreaterThan(500);
    const copy0 = new Set(JSON.parse(shiftText(SMALL, 0, JSON.stringify(nodes.map(() => 'Q9439')))));
    expect(nodes.filter((id) => copy0.has(id))).toEqual([]);
    const back = JSON.parse(shiftText(SMALL, 1, JSON.stringify(nodes)));
    expect(back).toEqual(nodes);
  });

  it("kinship answers equal the snapshot's with ids renumbered", async () => {
    for (const [a, b] of [
      ['Q9682', 'Q80976'],
      ['Q9439', 'Q40787'],
    ] as const) {
      const snap = await cli(['kinship', a, b, '--snapshot', ROYALS_DATASET, '--json']);
      const ingested = await cli([
        'kinship',
        royalId(SMALL, 1, a),
        royalId(SMALL, 1, b),
        '--offline',
        '--store',
        gzStore,
        '--json',
      ]);
      expect(ingested.code).toBe(0);
      const clean = (text: string) => {
        const answer = JSON.parse(text);
        delete answer.seconds;
        return answer;
      };
      expect(clean(ingested.stdout)).toEqual(clean(shiftText(SMALL, 1, snap.stdout)));
    }
  });

  it('founders stated before their child are people in the graph; sires found by the second pass are named', async () => {
    const [[founder, child]] = dumps.families.founders as [[string, string]];
    const crawl = await cli([
      'crawl',
      child,
      '--up',
      '--depth',
      '1',
      '--offline',
      '--store',
      gzStore,
      '--out',
      'f.json',
    ]);
    expect(crawl.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(tmp.dir, 'f.json'), 'utf8'));
    expect(saved.nodes.find((n: any) => n.key === founder)?.attributes.label).toMatch(/^Founder /);
    // A horse with no family statements is not a person for the model, but it is in the store:
    // the crawl names it instead of calling it missing.
    const [[sire, foal]] = dumps.families.horses as [[string, string, boolean]];
    const horse = await cli([
      'crawl',
      foal,
      '--up',
      '--depth',
      '1',
      '--offline',
      '--store',
      gzStore,
      '--json',
      '--out',
      'h.json',
    ]);
    const anomalies = JSON.parse(horse.stdout).anomalies;
    expect(anomalies).toContainEqual(
      expect.objectContaining({ kind: 'not-a-person', id: sire, detail: expect.stringContaining('Sire ') }),
    );
  });

  it('a newer dump replaces the old data for the same endpoint', async () => {
    const store = join(tmp.dir, 'replace.sqlite');
    expect((await cli(['ingest', dumps.gz, '--store', store, '--quiet', '--second-pass'])).code).toBe(0);
    const other = makeTempDir();
    try {
      const one = writeSmallDumps(other.dir, { ...SMALL, copies: 1, seed: 6 });
      const run = await cli(['ingest', one.gz, '--store', store, '--json', '--second-pass']);
      expect(run.code).toBe(0);
      const content = storeContent(store);
      expect(content.entities).toHaveLength(one.families.people);
      expect(content.dumps).toHaveLength(1);
      const copyOne = royalId(SMALL, 1, 'Q9439');
      expect(content.entities.some((e: any) => e.qid === copyOne)).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  describe('bad input: one line, exit 2, the store untouched', () => {
    it.each([
      ['a missing file', () => ['ingest', join(tmp.dir, 'nope.json.gz')], /not found or not readable/],
      ['a bad --lang', () => ['ingest', dumps.gz, '--lang', 'en;DROP'], /--lang/],
      ['a bad --endpoint', () => ['ingest', dumps.gz, '--endpoint', 'ftp://x'], /endpoint|URL/],
      ['no file', () => ['ingest'], /argument/],
    ])('%s', async (_what, argv, message) => {
      const run = await cli([...argv(), '--store', join(tmp.dir, 'bad.sqlite')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('a truncated gzip names the line and byte where it broke', async () => {
      const whole = readFileSync(dumps.gz);
      const cut = join(tmp.dir, 'cut.json.gz');
      writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
      const store = join(tmp.dir, 'cut.sqlite');
      const run = await cli(['ingest', cut, '--store', store]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/damaged or truncated: it broke after line \d+ \(byte \d+ of /);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(storeContent(store).entities).toEqual([]);
      expect(existsSync(`${store}.ingest`)).toBe(false);
    });

    it.each([
      ['CSV', 'qid,label\nQ1,universe\nQ2,earth\n'],
      ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('latin1')],
      ['JSON lines that are not entities', '{"a":1}\n'.repeat(1500)],
      ['an empty array', '[\n]\n'],
    ])('a non-dump file (%s)', async (_what, text) => {
      const file = join(tmp.dir, 'not-a-dump.txt');
      writeFileSync(file, text, 'latin1');
      const run = await cli(['ingest', file, '--store', join(tmp.dir, 'nd.sqlite')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is not a Wikidata JSON dump|holds no Wikidata items/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});
