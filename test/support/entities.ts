/** Small Wikibase entity JSON builders for fake-server datasets (the shapes of test/fixtures/wikibase). */
export interface EntitySpec {
  label?: string;
  sex?: 'male' | 'female';
  fathers?: string[];
  mothers?: string[];
  children?: string[];
  spouses?: string[];
}

function itemStatement(owner: string, property: string, target: string, n: number): Record<string, unknown> {
  return {
    mainsnak: {
      snaktype: 'value',
      property,
      datavalue: {
        value: { 'entity-type': 'item', 'numeric-id': Number(target.slice(1)), id: target },
        type: 'wikibase-entityid',
      },
      datatype: 'wikibase-item',
    },
    type: 'statement',
    id: `${owner}$${property}-${n}`,
    rank: 'normal',
  };
}

export function entity(id: string, spec: EntitySpec = {}): Record<string, unknown> {
  const claims: Record<string, unknown[]> = { P31: [itemStatement(id, 'P31', 'Q5', 0)] };
  const add = (property: string, targets: string[] | undefined) => {
    if (targets?.length) claims[property] = targets.map((t, i) => itemStatement(id, property, t, i));
  };
  if (spec.sex) add('P21', [spec.sex === 'male' ? 'Q6581097' : 'Q6581072']);
  add('P22', spec.fathers);
  add('P25', spec.mothers);
  add('P40', spec.children);
  add('P26', spec.spouses);
  return {
    type: 'item',
    id,
    labels: { en: { language: 'en', value: spec.label ?? `Person ${id}` } },
    descriptions: {},
    aliases: {},
    claims,
    sitelinks: {},
  };
}
