/** The filter form: generation range, living or dead, hide spouses; reports every change. */
import { h } from './dom.js';
import { PRESUMED_DEAD_AFTER_YEARS, type Filters, type LifeFilter } from './filters.js';

export interface FilterControls {
  element: HTMLElement;
  /** Shows how many people the filters leave. */
  setCount(shown: number, total: number): void;
}

export function filterControls(
  range: readonly [number, number],
  initial: Filters,
  onChange: (filters: Filters) => void,
): FilterControls {
  const number = (id: string, value: number) =>
    h('input', { id, attrs: { type: 'number', min: range[0], max: range[1], step: 1, value, inputmode: 'numeric' } });
  const min = number('generation-min', initial.minGeneration);
  const max = number('generation-max', initial.maxGeneration);
  const life = h(
    'select',
    { id: 'life-filter' },
    h('option', { text: 'everyone', attrs: { value: 'all' } }),
    h('option', { text: 'the living', attrs: { value: 'living' } }),
    h('option', { text: 'the dead', attrs: { value: 'dead' } }),
  );
  life.value = initial.life;
  const spouses = h('input', { id: 'hide-spouses', attrs: { type: 'checkbox' } });
  spouses.checked = initial.hideSpouses;
  const reset = h('button', { text: 'Reset', attrs: { type: 'button' } });
  const count = h('span', { class: 'count', attrs: { 'aria-live': 'polite' } });

  const read = (): Filters => {
    const clamp = (value: number, fallback: number) =>
      Number.isFinite(value) ? Math.min(range[1], Math.max(range[0], Math.round(value))) : fallback;
    let low = clamp(min.valueAsNumber, range[0]);
    let high = clamp(max.valueAsNumber, range[1]);
    if (low > high) [low, high] = [high, low];
    return { minGeneration: low, maxGeneration: high, life: life.value as LifeFilter, hideSpouses: spouses.checked };
  };
  for (const control of [min, max, life, spouses]) control.addEventListener('change', () => onChange(read()));
  reset.addEventListener('click', () => {
    min.value = String(range[0]);
    max.value = String(range[1]);
    life.value = 'all';
    spouses.checked = false;
    onChange(read());
  });

  const element = h(
    'section',
    { id: 'filters', class: 'filters', attrs: { 'aria-label': 'Filters', hidden: true } },
    h(
      'label',
      { attrs: { title: 'Generation 0 is the seed’s; ancestors are negative, descendants positive' } },
      'Generations ',
      min,
      ' to ',
      max,
    ),
    h(
      'label',
      {
        attrs: {
          title: `Dead: a death date, or born more than ${PRESUMED_DEAD_AFTER_YEARS} years ago. Living: born since, no death date. People without dates show only under “everyone”.`,
        },
      },
      'Show ',
      life,
    ),
    h(
      'label',
      {
        attrs: {
          title:
            'Hide people who are neither ancestors of a seed nor descended from a seed or its ancestors: spouses who married in, and their own families',
        },
      },
      spouses,
      ' Hide spouses',
    ),
    reset,
    count,
  );
  return {
    element,
    setCount(shown, total) {
      count.textContent =
        shown === total
          ? `${total.toLocaleString('en')} people`
          : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} people shown`;
    },
  };
}
