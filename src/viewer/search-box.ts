/**
 * The search box: suggestions as you type (name or Q-id), arrow keys to move, Enter to choose
 * the highlighted suggestion (or the best one), Escape to close. A combobox in ARIA terms.
 */
import { h, replaceChildren } from './dom.js';
import type { SearchIndex } from './search-index.js';

export interface Suggestion {
  qid: string;
  label: string;
  detail: string;
  lang: string | null;
}

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  index: SearchIndex;
  describe(entry: number): Suggestion;
  onChoose(qid: string): void;
}

const LIMIT = 12;

export class SearchBox {
  private results: number[] = [];
  private active = -1;

  constructor(private readonly options: SearchBoxOptions) {
    const { input, list } = options;
    input.addEventListener('input', () => this.update());
    input.addEventListener('focus', () => this.update());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    // mousedown, not click: the input keeps its focus until the choice is made
    list.addEventListener('mousedown', (event) => {
      const item = (event.target as Element).closest('[data-qid]');
      if (!item) return;
      event.preventDefault();
      this.choose(item.getAttribute('data-qid')!);
    });
  }

  focus(): void {
    this.options.input.focus();
    this.options.input.select();
  }

  private update(): void {
    const query = this.options.input.value;
    this.results = query.trim() ? this.options.index.search(query, LIMIT) : [];
    this.active = this.results.length > 0 ? 0 : -1;
    this.render(query);
  }

  private render(query: string): void {
    const { list, input, status } = this.options;
    const items = this.results.map((entry, i) => {
      const s = this.options.describe(entry);
      return h(
        'li',
        {
          id: `suggestion-${i}`,
          class: i === this.active ? 'active' : '',
          attrs: { role: 'option', 'data-qid': s.qid, 'aria-selected': i === this.active ? 'true' : 'false' },
        },
        h('span', { class: 'label', text: s.label, attrs: { lang: s.lang } }),
        h('span', { class: 'detail', text: s.detail }),
      );
    });
    replaceChildren(list, ...items);
    const open = items.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (this.active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
    else input.removeAttribute('aria-activedescendant');
    status.textContent = query.trim() && !open ? 'No one by that name or Q-id in this graph.' : '';
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.render(this.options.input.value);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.results.length === 0) this.update();
      const entry = this.results[Math.max(0, this.active)];
      if (entry !== undefined) this.choose(this.options.describe(entry).qid);
    } else if (event.key === 'Escape') {
      if (!this.options.list.hidden) {
        event.stopPropagation();
        this.close();
      }
    }
  }

  private choose(qid: string): void {
    this.close();
    this.options.input.value = '';
    this.options.input.blur();
    this.options.onChoose(qid);
  }

  private close(): void {
    this.options.list.hidden = true;
    this.options.input.setAttribute('aria-expanded', 'false');
    this.options.input.removeAttribute('aria-activedescendant');
  }
}
