/**
 * QuickStatements (v1 commands, `|` between fields, one statement per line) that add the missing
 * twin statements (graph/missing-twins.ts), for a Wikidata editor to review and run. Pure.
 */
import type { PartialDate } from '../person/types.js';
import type { TwinStatement } from '../graph/missing-twins.js';

export function renderQuickStatements(statements: readonly TwinStatement[]): string {
  const lines = statements.map((s) =>
    [s.subject, s.property, s.value, ...s.qualifiers.flatMap((q) => [q.property, value(q.value)])].join('|'),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function value(v: string | PartialDate): string {
  return typeof v === 'string' ? v : `${v.time}/${v.precision}`;
}
