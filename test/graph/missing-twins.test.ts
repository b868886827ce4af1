/**
 * `wdkin crawl --fixes FILE.qs` on the one-sided royals: applied to the variant by the test, the
 * QuickStatements restore every dropped twin whose property is decidable; every other dropped one
 * is listed as needing a person's judgement.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../support/cli.js';
import { oneSidedRoyals, type OneSided } from '../support/one-sided.js';
import { makeTempDir } from '../support/tmp.js';
import { entity } from '../support/entities.js';
import { makePeople, yearDate, type PersonSpec } from '../support/family.js';
import { buildFamilyGraph } from '../../src/graph/build.js';
import { missingTwins } from '../../src/graph/missing-twins.js';
import { renderQuickStatements } from '../../src/export/quickstatements.js';
import type { ItemId } from '../../src/ids.js';
import type { LinkSet, Person } from '../../src/person/types.js';

interface Statement {
  subject: string;
  property: string;
  value: string;
  qualifiers: string[];
}

function readQuickStatements(text: string): Statement[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [subject, property, value, ...qualifiers] = line.split('|');
      return { subject: subject!, property: property!, value: value!, qualifiers };
    });
}

const sexOf = (e: Record<string, unknown>): string | null => {
  const p21 = (e.claims as Record<string, Array<{ mainsnak: { datavalue?: { value: { id: string } } } }>>)?.P21;
  const id = p21?.[0]?.mainsnak.datavalue?.value.id;
  return id === 'Q6581097' ? 'male' : id === 'Q6581072' ? 'female' : null;
};

describe('QuickStatements for the missing twins', () => {
  let variant: OneSided;
  let tmp: ReturnType<typeof makeTempDir>;
  let statements: Statement[];
  let report: { statements: number; needsJudgement: Array<{ subject: string; value: string; reason: string }> };
  beforeAll(async () => {
    variant = await oneSidedRoyals({ seed: 9 });
    tmp = makeTempDir();
    const path = join(tmp.dir, 'one-sided.ndjson.gz');
    writeFileSync(path, gzipSync(variant.entities.map((e) => JSON.stringify(e)).join('\n')));
    const everyone = variant.entities.map((e) => String(e.id));
    const run = await runCli(
      ['crawl', ...everyone, '--depth', '0', '--snapshot', path, '--out', 'all.json', '--fixes', 'fix.qs', '--json'],
      {
        cwd: tmp.dir,
      },
    );
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout).fixes;
    statements = readQuickStatements(readFileSync(join(tmp.dir, 'fix.qs'), 'utf8'));
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('restores every dropped twin whose property is decidable, and only those', () => {
    const byId = new Map(variant.entities.map((e) => [String(e.id), e]));
    const written = new Set(statements.map((s) => `${s.subject}|${s.property}|${s.value}`));
    const expected = new Set<string>();
    const judged = new Set(report.needsJudgement.map((c) => `${c.subject}|${c.value}`));
    for (const drop of variant.dropped) {
      if (drop.property === 'P40') {
        expected.add(`${drop.parent}|P40|${drop.child}`);
        continue;
      }
      const sex = sexOf(byId.get(drop.parent)!);
      if (sex === null) {
        // undecidable: P22 or P25? listed for a person to decide, never guessed
        expect(judged.has(`${drop.child}|${drop.parent}`)).toBe(true);
        continue;
      }
      expected.add(`${drop.child}|${sex === 'male' ? 'P22' : 'P25'}|${drop.parent}`);
    }
    const missing = [...expected].filter((s) => !written.has(s));
    const extra = [...written].filter((s) => !expected.has(s));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    expect(report.statements).toBe(statements.length);
    expect(variant.dropped.length).toBe(expected.size + report.needsJudgement.length);
  });

  it('applied to the variant, gives back the full data for every decidable link', async () => {
    const restored = new Map(variant.entities.map((e) => [String(e.id), structuredClone(e)]));
    for (const s of statements) {
      const claims = restored.get(s.subject)!.claims as Record<string, unknown[]>;
      const role = s.property === 'P40' ? 'children' : s.property === 'P22' ? 'fathers' : 'mothers';
      const built = entity(s.subject, { [role]: [s.value] }).claims as Record<string, unknown[]>;
      (claims[s.property] ??= []).push(built[s.property]![0]);
    }
    const path = join(tmp.dir, 'restored.ndjson.gz');
    writeFileSync(path, gzipSync([...restored.values()].map((e) => JSON.stringify(e)).join('\n')));
    const everyone = [...restored.keys()];
    const again = await runCli(
      [
        'crawl',
        ...everyone,
        '--depth',
        '0',
        '--snapshot',
        path,
        '--out',
        'again.json',
        '--fixes',
        'again.qs',
        '--json',
      ],
      {
        cwd: tmp.dir,
      },
    );
    const summary = JSON.parse(again.stdout);
    // only the undecidable ones are still one-sided
    expect(summary.oneSided.links).toBe(report.needsJudgement.length);
    expect(summary.fixes.statements).toBe(0);
  }, 120_000);

  it('--fixes to an unwritable place is exit 2, before anything is read or written', async () => {
    const run = await runCli(['crawl', 'Q9439', '--offline', '--out', 'ok.json', '--fixes', '/proc/nope/fix.qs'], {
      cwd: tmp.dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(tmp.dir, 'ok.json'))).toBe(false);
  });
});

describe('missingTwins on hand-built families: no guess, no twin against evidence', () => {
  /** People, then statements removed from one side, then the graph the real builder makes. */
  function scene(specs: Record<string, PersonSpec>, edit: (people: Map<ItemId, Person>) => void) {
    const people = makePeople(specs);
    edit(people);
    const depths = new Map<ItemId, number>([...people.keys()].map((id) => [id, 0]));
    const { graph } = buildFamilyGraph(people, {
      depths,
      spouses: true,
      followed: { parents: true, children: true, spouses: true },
      meta: {
        seeds: [],
        depth: 0,
        direction: 'both',
        relations: ['parent', 'child', 'spouse'],
        endpoint: 'test',
        languages: ['en'],
        crawledAt: '',
        wdkinVersion: '',
      },
    });
    return missingTwins(graph, people);
  }
  const drop = (set: LinkSet, target: ItemId) => {
    set.links = set.links.filter((l) => l.target !== target);
  };

  it("P40 for a child who names the parent; P22/P25 by the parent's sex; nothing when the sex is unknown", () => {
    const result = scene(
      {
        Q1: { sex: 'male' },
        Q2: { sex: 'female' },
        Q3: {},
        Q4: { father: 'Q1', mother: 'Q2' },
        Q5: { father: 'Q3' },
        Q6: { mother: 'Q2' },
      },
      (p) => {
        drop(p.get('Q1')!.children, 'Q4'); // the child names its father; the father lacks P40
        drop(p.get('Q4')!.mothers, 'Q2'); // the mother names her child; the child lacks P25
        drop(p.get('Q5')!.fathers, 'Q3'); // a parent of unknown sex names the child
      },
    );
    expect(result.statements.map((s) => `${s.subject}|${s.property}|${s.value}`)).toEqual(['Q1|P40|Q4', 'Q4|P25|Q2']);
    expect(result.needsJudgement).toEqual([
      expect.objectContaining({ subject: 'Q5', value: 'Q3', reason: expect.stringMatching(/sex is not recorded/) }),
    ]);
  });

  it('never re-adds what the other side deprecated, never a second father, never a "father" who is female', () => {
    const result = scene(
      {
        Q1: { sex: 'male' },
        Q2: { sex: 'female' },
        Q7: { sex: 'male' },
        Q4: { father: 'Q1' },
        Q5: { father: 'Q2' },
        Q6: { father: 'Q7' },
      },
      (p) => {
        const q1 = p.get('Q1')!;
        drop(q1.children, 'Q4');
        q1.children.deprecated = 1;
        q1.children.deprecatedTargets = ['Q4'];
        drop(p.get('Q2')!.children, 'Q5'); // Q5 names a woman as father
        const q6 = p.get('Q6')!;
        drop(q6.fathers, 'Q7'); // Q7 names Q6 as child, but Q6 states another father
        q6.fathers.links.push({ target: 'Q1', statementId: 'Q6$x', rank: 'normal' });
      },
    );
    const reasons = Object.fromEntries(result.needsJudgement.map((c) => [`${c.subject}|${c.value}`, c.reason]));
    expect(reasons['Q1|Q4']).toMatch(/deprecated P40/);
    expect(reasons['Q2|Q5']).toMatch(/as father, but the parent is female/);
    expect(reasons['Q6|Q7']).toMatch(/already states another father/);
    expect(result.statements.filter((s) => ['Q4', 'Q5', 'Q7'].includes(s.value) || s.subject === 'Q6')).toEqual([]);
  });

  it('copies the P1039 kinship type and the marriage dates as qualifiers', () => {
    const result = scene(
      {
        Q1: { sex: 'male', spouses: ['Q2'] },
        Q2: { sex: 'female' },
        Q4: { father: 'Q1', fatherKinship: ['Q20746725'] },
      },
      (p) => {
        drop(p.get('Q1')!.children, 'Q4');
        const marriage = p.get('Q1')!.spouses.links[0]!;
        marriage.start = yearDate(1840);
        drop(p.get('Q2')!.spouses, 'Q1');
      },
    );
    expect(renderQuickStatements(result.statements)).toBe(
      'Q1|P40|Q4|P1039|Q20746725\nQ2|P26|Q1|P580|+1840-00-00T00:00:00Z/9\n',
    );
  });
});
