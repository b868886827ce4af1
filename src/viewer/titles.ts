/** What the page says about its graph: title, subtitle, the status line, the PNG's file name. Pure. */
import type { ViewerData } from '../export/viewer-data.js';
import type { ViewGraph } from './graph.js';
import type { HashState } from './hash.js';

export function pageTitle(data: ViewerData, graph: ViewGraph): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  if (data.kinship) return `${label(data.kinship.b)} and ${label(data.kinship.a)}`;
  const seeds = data.meta.seeds.slice(0, 3).map(label).join(', ');
  return seeds ? `Family of ${seeds}${data.meta.seeds.length > 3 ? ' and others' : ''}` : 'Family graph';
}

export function subtitle(data: ViewerData, graph: ViewGraph): string {
  const people = `${graph.order.toLocaleString('en')} ${graph.order === 1 ? 'person' : 'people'}`;
  if (data.kinship) return `kinship · ${people} on the paths`;
  const depth = data.meta.depth !== null ? ` · depth ${data.meta.depth}` : '';
  const direction =
    data.meta.direction === 'up' ? ' · ancestors' : data.meta.direction === 'down' ? ' · descendants' : '';
  return `${people}${depth}${direction}`;
}

export function sourceFacts(data: ViewerData, graph: ViewGraph): string {
  const endpoint = sourceName(data.meta.endpoint);
  const date = data.meta.crawledAt ? ` on ${data.meta.crawledAt.slice(0, 10)}` : '';
  return `${graph.order.toLocaleString('en')} people, ${graph.size.toLocaleString('en')} family links · ${data.meta.layout} layout · from ${endpoint}${date} · wdkin ${data.meta.wdkinVersion ?? ''}`;
}

/** "Wikidata", another Wikibase's host, or "a local snapshot" (no local path in a shared file). */
function sourceName(endpoint: string | null): string {
  if (!endpoint) return 'Wikidata';
  try {
    const url = new URL(endpoint);
    if (!/^https?:$/.test(url.protocol)) return 'a local snapshot';
    return /(^|\.)wikidata\.org$/.test(url.hostname) ? 'Wikidata' : url.hostname;
  } catch {
    return 'a local snapshot';
  }
}

export function fileStem(state: HashState, data: ViewerData): string {
  if (state.selected && state.other) return `wdkin-${state.selected}-${state.other}`;
  if (state.selected) return `wdkin-${state.selected}`;
  return `wdkin-${data.meta.seeds.slice(0, 3).join('-') || 'family'}`;
}
