/**
 * wdkin's library API (re-exports only). See README.md "Library".
 */
export { isItemId, parseItemId, compareItemIds, type ItemId } from './ids.js';
export { WdkinError, UsageError, InvalidIdError, BadResponseError, isUsageError, type ErrorCode } from './errors.js';
export { WDKIN_VERSION } from './version.js';

export type { Person, PartialDate, Sex, FamilyLink, LinkSet, Rank, Calendar } from './person/types.js';
export { parseEntity, isPersonLike } from './person/parse.js';
export { formatPartialDate, parseTimeValue } from './person/dates.js';

export type { PersonSource, PeopleBatch, SourceStats } from './wikidata/person-source.js';
export {
  WikibaseClient,
  DEFAULT_CONCURRENCY,
  type WikibaseClientOptions,
  type ClientEvent,
  type EntitiesResult,
} from './wikidata/client.js';
export { createLiveSource, type LiveSourceOptions } from './wikidata/live-source.js';
export { createStoredSource, type StoredSourceOptions } from './wikidata/stored-source.js';
export { openFileSource, createMapSource, type FileSource } from './wikidata/file-source.js';
export { chainSources } from './wikidata/chain-source.js';
export { WIKIDATA_API, MAX_IDS_PER_REQUEST, buildGetEntitiesUrl } from './wikidata/urls.js';

export { Store, type CachedEntity, type CrawlRecord, type DumpRecord } from './store/store.js';
export { ingestDump, type IngestOptions, type IngestSummary, type IngestEvent } from './ingest/ingest.js';

export { crawl, type CrawlEvent, type CrawlHooks, type CrawlResult } from './crawl/engine.js';
export { makeCrawlPlan, type CrawlPlan, type CrawlPlanInput, type Direction } from './crawl/options.js';

export type {
  FamilyGraph,
  PersonAttributes,
  FamilyEdgeAttributes,
  FamilyGraphAttributes,
  EdgeRelation,
} from './graph/types.js';
export { buildFamilyGraph, type BuildGraphOptions } from './graph/build.js';
export type { Anomaly, AnomalyKind } from './graph/anomaly.js';

export { writeOutputs, checkOutputs, renderExport, type ExportOptions, type WrittenOutput } from './export/write.js';
export { formatFromPath, type ExportFormat } from './export/registry.js';
export { readSavedGraph } from './export/saved.js';

export * from './kinship/index.js';
