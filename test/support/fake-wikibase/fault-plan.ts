/** Deterministic fault choice per request: a script first, then a seeded rate. Pure. */
import { mulberry32 } from '../../../src/random.js';
import type { FaultKind, FaultPlan } from './types.js';

export const FAULT_KINDS: readonly FaultKind[] = [
  '503',
  '429',
  'maxlag',
  'reset',
  'truncated',
  'invalid-json',
  'stall',
  '500',
];
const DEFAULT_KINDS = FAULT_KINDS.filter((kind) => kind !== 'stall');

export { mulberry32 };

export type FaultPicker = () => FaultKind | undefined;

/** One call per API request, in arrival order. */
export function createFaultPicker(plan: FaultPlan | undefined): FaultPicker {
  if (plan === undefined) return () => undefined;
  validatePlan(plan);
  const script = plan.script ?? [];
  const rate = plan.rate ?? 0;
  const kinds = plan.kinds ?? DEFAULT_KINDS;
  const random = mulberry32(plan.seed ?? 1);
  let position = 0;
  return () => {
    if (position < script.length) {
      const scripted = script[position];
      position += 1;
      return scripted === 'none' ? undefined : scripted;
    }
    if (rate <= 0 || random() >= rate) return undefined;
    return kinds[Math.floor(random() * kinds.length)];
  };
}

function validatePlan(plan: FaultPlan): void {
  const { rate, kinds, script } = plan;
  if (rate !== undefined && !(rate >= 0 && rate <= 1)) {
    throw new RangeError(`Expected \`faults.rate\` to be a number from 0 to 1, got \`${String(rate)}\``);
  }
  if (kinds !== undefined && kinds.length === 0 && (rate ?? 0) > 0) {
    throw new RangeError('Expected `faults.kinds` to hold at least one fault kind, got `[]`');
  }
  for (const kind of [...(kinds ?? []), ...(script ?? [])]) {
    if (kind !== 'none' && !FAULT_KINDS.includes(kind)) {
      throw new RangeError(`Expected a fault kind (${FAULT_KINDS.join(', ')} or none), got \`${String(kind)}\``);
    }
  }
}
