/** The legend: what colours, rings, sizes and link colours mean. */
import { h } from './dom.js';
import { EDGE_COLOR, HIGHLIGHT_COLOR, NON_BIRTH_COLOR, SEED_COLOR, SEX_COLOR } from './look.js';

/** Swatches are small canvases: colours set from script, no inline style needed. */
function swatch(kind: 'dot' | 'ring' | 'line', color: string): HTMLCanvasElement {
  const canvas = h('canvas', { class: `swatch ${kind}`, attrs: { width: 28, height: 28, 'aria-hidden': 'true' } });
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.lineWidth = kind === 'line' ? 5 : 6;
  if (kind === 'line') {
    context.strokeStyle = color;
    context.beginPath();
    context.moveTo(2, 14);
    context.lineTo(26, 14);
    context.stroke();
  } else {
    context.fillStyle = kind === 'ring' ? '#c8c8d0' : color;
    context.beginPath();
    context.arc(14, 14, kind === 'ring' ? 8 : 10, 0, Math.PI * 2);
    context.fill();
    if (kind === 'ring') {
      context.strokeStyle = color;
      context.beginPath();
      context.arc(14, 14, 10, 0, Math.PI * 2);
      context.stroke();
    }
  }
  return canvas;
}

export function legend(options: { spouses: boolean; nonBirth: boolean; highlighted: boolean }): HTMLElement {
  const item = (kind: 'dot' | 'ring' | 'line', color: string, text: string) => h('li', {}, swatch(kind, color), text);
  return h(
    'details',
    { id: 'legend', class: 'legend', attrs: { open: true } },
    h('summary', { text: 'Legend' }),
    h(
      'ul',
      {},
      item('dot', SEX_COLOR.male, 'male'),
      item('dot', SEX_COLOR.female, 'female'),
      item('dot', SEX_COLOR.other, 'other'),
      item('dot', SEX_COLOR.unknown, 'sex not recorded'),
      item('ring', SEED_COLOR, 'seed'),
      options.highlighted ? item('ring', HIGHLIGHT_COLOR, 'highlighted') : null,
      item('line', EDGE_COLOR.father, 'father → child'),
      item('line', EDGE_COLOR.mother, 'mother → child'),
      item('line', EDGE_COLOR.parent, 'parent → child'),
      options.spouses ? item('line', EDGE_COLOR.spouse, 'spouses') : null,
      options.nonBirth ? item('line', NON_BIRTH_COLOR, 'adoptive or other non-birth link') : null,
    ),
    h('p', { class: 'note', text: 'Size: descendants in this graph. Zoom in for names.' }),
  );
}
