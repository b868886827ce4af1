import { describe, expect, it } from '@jest/globals';
import * as wdkin from '../src/index.js';
import { BUNDLED_SNAPSHOT } from '../src/cli/source-options.js';

describe('the library API', () => {
  it('crawls the bundled snapshot and relates two people through the public exports only', async () => {
    const source = await wdkin.openFileSource(BUNDLED_SNAPSHOT, { languages: ['en', 'fr'] });
    const { graph } = await wdkin.crawl(source, wdkin.makeCrawlPlan({ seeds: ['Q9682'], depth: 5, up: true }), {
      meta: {
        endpoint: 'snapshot',
        languages: ['en', 'fr'],
        crawledAt: '2026-01-01T00:00:00Z',
        wdkinVersion: wdkin.WDKIN_VERSION,
      },
    });
    expect(graph.hasNode('Q9439')).toBe(true);
    const kin = await wdkin.findKinship(source, 'Q269412', 'Q2677', { closest: true });
    expect(kin.relationships[0]?.name).toMatch(/first cousin/);
    expect(typeof wdkin.relate).toBe('function');
    expect(typeof wdkin.writeOutputs).toBe('function');
  });
});
