import { UsageError } from '../errors.js';
import type { ItemId } from '../ids.js';
import type { Anomaly } from '../graph/anomaly.js';
import { buildFamilyGraph } from '../graph/build.js';
import type { FamilyGraph, FamilyGraphAttributes } from '../graph/types.js';
import { isPersonLike } from '../person/parse.js';
import type { Person } from '../person/types.js';
import type { PersonSource, SourceStats } from '../wikidata/person-source.js';
import { nextFrontier, pointsBack, reverseKinds, type Frontier } from './frontier.js';
import type { CrawlPlan } from './options.js';

export type CrawlEvent =
  | { type: 'level-start'; level: number; ids: number }
  | {
      type: 'level-done';
      level: number;
      people: number;
      total: number;
      failed: number;
      stats: SourceStats;
      elapsedMs: number;
    }
  | { type: 'stopped'; level: number; reason: string };

export interface CrawlHooks {
  onEvent?: (event: CrawlEvent) => void;
  /** Called after each level, before the next starts (the CLI saves crawl state here). */
  onLevelDone?: (level: number, size: number, total: number, failed: readonly ItemId[]) => void;
  /** Graph metadata the engine does not know (endpoint, languages, version). */
  meta: Omit<FamilyGraphAttributes, 'seeds' | 'depth' | 'direction' | 'relations'>;
}

export interface CrawlResult {
  graph: FamilyGraph;
  people: Map<ItemId, Person>;
  depths: Map<ItemId, number>;
  /** People per level, level 0 = the seeds. */
  levels: number[];
  failed: ItemId[];
  /** Why each failed id failed (one line each). */
  failures: Map<ItemId, string>;
  /** People whose reverse lookups failed (links stated only on the other side may be missing) -> why. */
  incomplete: Map<ItemId, string>;
  missing: ItemId[];
  redirects: Map<ItemId, ItemId>;
  anomalies: Anomaly[];
  /** Why the crawl stopped before its depth (max-people), or null. */
  stoppedEarly: string | null;
  stats: SourceStats;
}

/**
 * Breadth-first crawl, a level at a time: the whole level goes to the source in one call (which
 * batches and runs the requests concurrently), each person is fetched once, and a person's depth
 * is its distance from the nearest seed. No HTTP or file access here: only the PersonSource.
 */
export async function crawl(source: PersonSource, plan: CrawlPlan, hooks: CrawlHooks): Promise<CrawlResult> {
  const people = new Map<ItemId, Person>();
  const depths = new Map<ItemId, number>();
  const requested = new Set<ItemId>();
  const result = {
    failed: [] as ItemId[],
    failures: new Map<ItemId, string>(),
    incomplete: new Map<ItemId, string>(),
    missing: [] as ItemId[],
    redirects: new Map<ItemId, ItemId>(),
    anomalies: [] as Anomaly[],
  };
  const levels: number[] = [];
  let stoppedEarly: string | null = null;
  let frontier: Frontier = { ids: [...plan.seeds], reverseOnly: new Set() };
  let previousLevel = new Set<ItemId>();
  const kinds = reverseKinds(plan);

  for (let level = 0; frontier.ids.length > 0; level += 1) {
    const started = Date.now();
    hooks.onEvent?.({ type: 'level-start', level, ids: frontier.ids.length });
    for (const id of frontier.ids) requested.add(id);
    // The last level is not expanded: its reverse lookups would find no one the crawl keeps.
    const batch = await source.getPeople(frontier.ids, kinds && level < plan.depth ? { reverse: kinds } : undefined);
    const levelPeople: Person[] = [];
    for (const id of frontier.ids) {
      const resolved = batch.redirects.get(id) ?? id;
      if (resolved !== id) {
        requested.add(resolved);
        result.redirects.set(id, resolved);
        result.anomalies.push({ kind: 'redirect', id, detail: `${id} is merged into ${resolved}` });
      }
      const person = batch.people.get(resolved);
      if (!person || depths.has(resolved)) continue;
      if (frontier.reverseOnly.has(id) && kinds && !pointsBack(person, previousLevel, kinds)) {
        result.anomalies.push({
          kind: 'stale-reverse-link',
          id: resolved,
          detail: `${resolved} was found pointing at this family by the search index, but its statements no longer say so; left out`,
        });
        continue;
      }
      if (!isPersonLike(person) && !plan.seeds.includes(id)) {
        result.anomalies.push({
          kind: 'not-a-person',
          id: resolved,
          detail: `${resolved} (${person.label ?? 'no label'}) is linked as family but is not a person; left out`,
        });
        continue;
      }
      depths.set(resolved, level);
      people.set(resolved, person);
      levelPeople.push(person);
    }
    for (const id of batch.missing)
      result.anomalies.push({ kind: 'missing-entity', id, detail: `${id} does not exist (deleted or never created)` });
    for (const id of batch.failed) {
      const reason = batch.failures.get(id) ?? 'unknown reason';
      result.failures.set(id, reason);
      result.anomalies.push({
        kind: 'fetch-failed',
        id,
        detail: `${id} could not be fetched after retries: ${reason}`,
      });
    }
    for (const [id, reason] of batch.reverseFailed) {
      result.incomplete.set(id, reason);
      result.anomalies.push({
        kind: 'reverse-lookup-failed',
        id,
        detail: `${id}: family stated on the other side may be missing (${reason})`,
      });
    }
    result.missing.push(...batch.missing);
    result.failed.push(...batch.failed);
    result.anomalies.push(...batch.anomalies);
    if (level === 0 && levelPeople.length === 0 && batch.failed.length === 0) {
      throw new UsageError(
        'MISSING_ENTITY',
        `No seed could be found: ${plan.seeds.join(', ')} ${plan.seeds.length > 1 ? 'do' : 'does'} not exist in ${source.description}`,
      );
    }
    levels.push(levelPeople.length);
    hooks.onLevelDone?.(level, levelPeople.length, people.size, [...batch.failed, ...batch.reverseFailed.keys()]);
    hooks.onEvent?.({
      type: 'level-done',
      level,
      people: levelPeople.length,
      total: people.size,
      failed: batch.failed.length,
      stats: source.stats(),
      elapsedMs: Date.now() - started,
    });
    if (level >= plan.depth) break;
    const next = nextFrontier(levelPeople, requested, plan, batch.linkedFrom);
    if (people.size + next.ids.length > plan.maxPeople && next.ids.length > 0) {
      stoppedEarly = `stopped after level ${level} (${people.size} people): level ${level + 1} would add up to ${next.ids.length} more, over --max-people ${plan.maxPeople}`;
      hooks.onEvent?.({ type: 'stopped', level, reason: stoppedEarly });
      break;
    }
    previousLevel = new Set(levelPeople.map((p) => p.id));
    frontier = next;
  }

  const { graph, anomalies } = buildFamilyGraph(people, {
    depths,
    spouses: plan.spouses,
    followed: { parents: plan.direction !== 'down', children: plan.direction !== 'up', spouses: plan.spouses },
    meta: {
      ...hooks.meta,
      seeds: plan.seeds.map((s) => result.redirects.get(s) ?? s),
      depth: plan.depth,
      direction: plan.direction,
      relations: plan.spouses ? ['parent', 'child', 'spouse'] : ['parent', 'child'],
    },
  });
  return {
    graph,
    people,
    depths,
    levels,
    ...result,
    anomalies: [...result.anomalies, ...anomalies],
    stoppedEarly,
    stats: source.stats(),
  };
}
