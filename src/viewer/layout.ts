/** The page's frame: toolbar (title, search, buttons), filter bar, stage, side panel, status. */
import { h } from './dom.js';

export interface Frame {
  root: HTMLElement;
  stage: HTMLElement;
  panel: HTMLElement;
  search: HTMLInputElement;
  suggestions: HTMLElement;
  searchStatus: HTMLElement;
  banner: HTMLElement;
  bannerText: HTMLElement;
  bannerCancel: HTMLButtonElement;
  filtersButton: HTMLButtonElement;
  fitButton: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  pngButton: HTMLButtonElement;
  status: HTMLElement;
  message: HTMLElement;
}

export function buildFrame(title: string, subtitle: string): Frame {
  const button = (id: string, text: string, label: string) =>
    h('button', { id, text, attrs: { type: 'button', title: label, 'aria-label': label } });
  const search = h('input', {
    id: 'search',
    attrs: {
      type: 'search',
      placeholder: 'Find a person: name or Q-id',
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-controls': 'suggestions',
      'aria-expanded': 'false',
      'aria-label': 'Find a person by name or Q-id (press / to focus)',
    },
  });
  const suggestions = h('ul', { id: 'suggestions', class: 'suggestions', attrs: { role: 'listbox', hidden: true } });
  const searchStatus = h('div', { class: 'search-status', attrs: { role: 'status' } });
  const filtersButton = button('filters-button', 'Filters', 'Show the filters');
  filtersButton.setAttribute('aria-expanded', 'false');
  filtersButton.setAttribute('aria-controls', 'filters');
  const fitButton = button('fit-button', 'Fit', 'Show the whole graph');
  const zoomIn = button('zoom-in', '+', 'Zoom in');
  const zoomOut = button('zoom-out', '−', 'Zoom out');
  const pngButton = button('png-button', 'Save PNG', 'Save the current view as a PNG image');
  const bannerText = h('span', {});
  const bannerCancel = h('button', { text: 'Cancel', attrs: { type: 'button' } });
  const banner = h(
    'div',
    { id: 'banner', class: 'banner', attrs: { role: 'status', hidden: true } },
    bannerText,
    ' ',
    bannerCancel,
  );
  const stage = h('main', { id: 'stage', class: 'stage', attrs: { 'aria-label': 'Family graph' } });
  const panel = h('aside', { id: 'panel', class: 'panel', attrs: { 'aria-live': 'polite', hidden: true } });
  const status = h('span', { class: 'facts' });
  const message = h('span', { class: 'message', attrs: { role: 'status' } });
  const root = h(
    'div',
    { class: 'app' },
    h(
      'header',
      { class: 'toolbar' },
      h('div', { class: 'title' }, h('h1', { text: title }), h('p', { class: 'subtitle', text: subtitle })),
      h('div', { class: 'search' }, search, suggestions, searchStatus),
      h('div', { class: 'buttons' }, filtersButton, fitButton, zoomIn, zoomOut, pngButton),
    ),
    banner,
    stage,
    panel,
    h('footer', { class: 'status' }, status, message),
  );
  return {
    root,
    stage,
    panel,
    search,
    suggestions,
    searchStatus,
    banner,
    bannerText,
    bannerCancel,
    filtersButton,
    fitButton,
    zoomIn,
    zoomOut,
    pngButton,
    status,
    message,
  };
}
