import { describe, expect, it } from '@jest/globals';
import { itemPageUrl } from '../../src/export/text.js';
import { renderExport } from '../../src/export/write.js';
import { smallFamily } from './fixtures.js';

describe('itemPageUrl', () => {
  it('links Wikidata items to wikidata.org and other Wikibases to their own Special:EntityPage', () => {
    expect(itemPageUrl('Q42', 'https://www.wikidata.org/w/api.php')).toBe('https://www.wikidata.org/wiki/Q42');
    expect(itemPageUrl('Q42', 'snapshot.ndjson')).toBe('https://www.wikidata.org/wiki/Q42');
    expect(itemPageUrl('Q42')).toBe('https://www.wikidata.org/wiki/Q42');
    expect(itemPageUrl('Q10', 'https://database.factgrid.de/w/api.php')).toBe(
      'https://database.factgrid.de/wiki/Special:EntityPage/Q10',
    );
    expect(itemPageUrl('Q10', 'http://127.0.0.1:8080/sub/api.php')).toBe(
      'http://127.0.0.1:8080/sub/wiki/Special:EntityPage/Q10',
    );
  });

  it('is what the exports write for a graph crawled from another Wikibase', async () => {
    const graph = smallFamily();
    graph.setAttribute('endpoint', 'https://database.factgrid.de/w/api.php');
    const gexf = await renderExport(graph, 'gexf');
    expect(gexf).toContain('https://database.factgrid.de/wiki/Special:EntityPage/Q1');
    expect(gexf).not.toContain('wikidata.org/wiki/Q1"');
  });
});
