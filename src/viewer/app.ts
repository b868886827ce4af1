/**
 * The family explorer: wires the graph, the drawing, the search box, the panels, the filters and
 * the URL hash together. State lives in the hash (`#Q1` or `#Q1,Q2`), so Back, Forward and a
 * shared link all show the same view.
 */
import type { ViewerData } from '../export/viewer-data.js';
import { peopleOnPaths, stepsOnPaths } from '../export/kinship-view.js';
import { append, replaceChildren } from './dom.js';
import { personDetails } from './details-panel.js';
import { closeFamily, familyOf } from './family.js';
import { filterControls, type FilterControls } from './filter-controls.js';
import { bloodRelatives, generationRange, hiddenPeople, type Filters } from './filters.js';
import { NO_FOCUS, type Focus } from './focus.js';
import { buildViewGraph, type ViewGraph } from './graph.js';
import { formatHash, parseHash, type HashState } from './hash.js';
import { kinshipBetween } from './kinship.js';
import { kinshipDetails } from './kinship-panel.js';
import { lifeSpan } from './dates.js';
import { buildFrame, type Frame } from './layout.js';
import { fileStem, pageTitle, sourceFacts, subtitle } from './titles.js';
import { legend } from './legend.js';
import { download, viewToPng } from './png.js';
import { FamilyRenderer } from './renderer.js';
import { SearchBox } from './search-box.js';
import { SearchIndex } from './search-index.js';

export class FamilyExplorer {
  readonly graph: ViewGraph;
  readonly renderer: FamilyRenderer;
  private readonly frame: Frame;
  private readonly filters: FilterControls;
  private readonly search: SearchBox;
  private readonly range: [number, number];
  private readonly blood: Set<string> | null;
  private hidden: Set<string> = new Set();
  private focus: Focus = { ...NO_FOCUS, hidden: this.hidden };
  private state: HashState = { selected: null, other: null };
  /** Waiting for the second person of a kinship question (the first is selected). */
  private picking = false;

  constructor(
    private readonly data: ViewerData,
    host: HTMLElement,
  ) {
    this.graph = buildViewGraph(data);
    this.range = generationRange(this.graph);
    const seeds = data.meta.seeds.filter((s) => this.graph.hasNode(s));
    this.blood = seeds.length > 0 ? bloodRelatives(this.graph, seeds) : null;
    this.frame = buildFrame(pageTitle(data, this.graph), subtitle(data, this.graph));
    this.filters = filterControls(this.range, this.allFilters(), (f) => this.applyFilters(f));
    this.frame.root.insertBefore(this.filters.element, this.frame.banner);
    let hasSpouses = false;
    let hasNonBirth = false;
    this.graph.forEachEdge((_e, link) => {
      if (link.relation === 'spouse') hasSpouses = true;
      if (link.nonBirth) hasNonBirth = true;
    });
    append(
      this.frame.stage,
      legend({ spouses: hasSpouses, nonBirth: hasNonBirth, highlighted: data.people.highlighted.length > 0 }),
    );
    host.appendChild(this.frame.root);
    this.filters.setCount(this.graph.order, this.graph.order);
    this.frame.status.textContent = sourceFacts(data, this.graph);

    this.renderer = new FamilyRenderer(this.graph, this.frame.stage, this.focus, {
      onClickPerson: (id) => this.choose(id),
      onClickBackground: () => {
        if (!this.picking) this.navigate({ selected: null, other: null });
      },
    });
    const index = new SearchIndex(
      this.graph.mapNodes((qid, p) => ({ qid, label: p.label, weight: p.descendants + (p.seed ? 1e9 : 0) })),
    );
    const keys = this.graph.nodes();
    this.search = new SearchBox({
      input: this.frame.search,
      list: this.frame.suggestions,
      status: this.frame.searchStatus,
      index,
      describe: (entry) => {
        const qid = keys[entry]!;
        const p = this.graph.getNodeAttributes(qid);
        const years = lifeSpan(p.birth, p.death);
        return { qid, label: p.label, detail: years ? `${years} · ${qid}` : qid, lang: p.labelLanguage };
      },
      onChoose: (qid) => this.choose(qid),
    });
    this.wireControls();
    this.renderer.openingView(seeds[0] ?? null);
    window.addEventListener('hashchange', () => this.applyHash());
    this.applyHash(true);
  }

  /** Selects a person; while picking, makes them the second person of a kinship view. */
  choose(id: string): void {
    if (this.picking && this.state.selected && id !== this.state.selected) {
      this.setPicking(false);
      this.navigate({ selected: this.state.selected, other: id });
    } else {
      this.setPicking(false);
      this.navigate({ selected: id, other: null });
    }
  }

  private navigate(state: HashState): void {
    const hash = formatHash(state);
    if (hash === location.hash || (hash === '' && (location.hash === '' || location.hash === '#'))) this.applyHash();
    else location.hash = hash;
  }

  private applyHash(initial = false): void {
    let state = parseHash(location.hash);
    if (initial && !state.selected && this.data.kinship) {
      state = { selected: this.data.kinship.a, other: this.data.kinship.b };
      history.replaceState(null, '', formatHash(state));
    }
    const missing = [state.selected, state.other].filter((id): id is string => id !== null && !this.graph.hasNode(id));
    this.frame.message.textContent =
      missing.length > 0 ? `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in this graph.` : '';
    if (missing.length > 0) state = { selected: null, other: null };
    this.state = state;
    if (state.selected && state.other) this.showKinship(state.selected, state.other);
    else if (state.selected) this.showPerson(state.selected, true);
    else this.clearSelection();
  }

  private showPerson(id: string, move: boolean): void {
    const family = closeFamily(familyOf(this.graph, id));
    const links = new Set<string>();
    for (const other of family)
      for (const edge of [...this.graph.edges(id, other), ...this.graph.edges(other, id)]) links.add(edge);
    this.setFocus({
      hidden: this.hidden,
      selected: new Set([id]),
      people: new Set([id, ...family]),
      links,
      paths: false,
    });
    this.openPanel(
      personDetails(id, {
        graph: this.graph,
        itemUrlPrefix: this.data.meta.itemUrlPrefix,
        hidden: this.hidden.has(id),
        onRelate: () => this.setPicking(true),
        onClose: () => this.navigate({ selected: null, other: null }),
      }),
    );
    document.title = `${this.graph.getNodeAttribute(id, 'label')} · ${this.baseTitle}`;
    if (move) void this.renderer.showPeople([id, ...family], id);
  }

  private showKinship(a: string, b: string): void {
    let answer;
    try {
      answer = kinshipBetween(this.graph, a, b, this.data.kinship);
    } catch (error) {
      this.frame.message.textContent = `Cannot relate ${a} and ${b}: ${error instanceof Error ? error.message : String(error)}`;
      this.showPerson(a, true);
      return;
    }
    const people = peopleOnPaths(answer.view);
    const links = new Set<string>();
    for (const [x, y] of stepsOnPaths(answer.view)) {
      if (!this.graph.hasNode(x) || !this.graph.hasNode(y)) continue;
      for (const edge of [...this.graph.edges(x, y), ...this.graph.edges(y, x)]) links.add(edge);
    }
    this.setFocus({ hidden: this.hidden, selected: new Set([a, b]), people, links, paths: true });
    this.openPanel(
      kinshipDetails(answer, {
        graph: this.graph,
        onSwap: () => this.navigate({ selected: b, other: a }),
        onClose: () => this.navigate({ selected: null, other: null }),
      }),
    );
    const name = answer.view.relationships[0]?.name;
    document.title = `${this.graph.getNodeAttribute(b, 'label')}${name ? `: ${name} of ` : ' and '}${this.graph.getNodeAttribute(a, 'label')} · ${this.baseTitle}`;
    void this.renderer.showPeople([...people].filter((id) => this.graph.hasNode(id)));
  }

  private clearSelection(): void {
    this.frame.panel.hidden = true;
    replaceChildren(this.frame.panel);
    this.renderer.fitContainer();
    this.setFocus({ ...NO_FOCUS, hidden: this.hidden });
    document.title = this.baseTitle;
  }

  private readonly baseTitle = document.title;

  private setFocus(focus: Focus): void {
    this.focus = focus;
    this.renderer.setFocus(focus);
  }

  private openPanel(content: HTMLElement): void {
    replaceChildren(this.frame.panel, content);
    this.frame.panel.hidden = false;
    this.frame.panel.scrollTop = 0;
    this.renderer.fitContainer();
  }

  private setPicking(on: boolean): void {
    this.picking = on && this.state.selected !== null;
    this.frame.banner.hidden = !this.picking;
    this.frame.root.classList.toggle('picking', this.picking);
    if (this.picking) {
      const label = this.graph.getNodeAttribute(this.state.selected!, 'label');
      this.frame.bannerText.textContent = `How is someone related to ${label}? Click them, or find them with the search box.`;
      this.search.focus();
    }
  }

  private allFilters(): Filters {
    return { minGeneration: this.range[0], maxGeneration: this.range[1], life: 'all', hideSpouses: false };
  }

  private applyFilters(filters: Filters): void {
    this.hidden = hiddenPeople(filters, {
      graph: this.graph,
      blood: this.blood,
      currentYear: new Date().getFullYear(),
    });
    this.filters.setCount(this.graph.order - this.hidden.size, this.graph.order);
    this.setFocus({ ...this.focus, hidden: this.hidden });
    const panelPerson = this.state.selected && !this.state.other ? this.state.selected : null;
    if (panelPerson) this.showPerson(panelPerson, false);
  }

  private wireControls(): void {
    const { frame } = this;
    frame.filtersButton.addEventListener('click', () => {
      const open = this.filters.element.hidden;
      this.filters.element.hidden = !open;
      frame.filtersButton.setAttribute('aria-expanded', String(open));
    });
    frame.fitButton.addEventListener('click', () => void this.renderer.fit());
    frame.zoomIn.addEventListener('click', () => void this.renderer.zoom(1.6));
    frame.zoomOut.addEventListener('click', () => void this.renderer.zoom(1 / 1.6));
    frame.bannerCancel.addEventListener('click', () => this.setPicking(false));
    frame.pngButton.addEventListener('click', () => {
      viewToPng(this.renderer.sigma)
        .then((blob) => download(blob, `${fileStem(this.state, this.data)}.png`))
        .catch((error: unknown) => {
          frame.message.textContent = `The PNG could not be saved: ${error instanceof Error ? error.message : String(error)}`;
        });
    });
    // while picking, a person link in the panel picks that person instead of navigating
    frame.panel.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a[data-qid]');
      if (!link || !this.picking) return;
      event.preventDefault();
      this.choose(link.getAttribute('data-qid')!);
    });
    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        this.search.focus();
      } else if (event.key === 'Escape') {
        if (this.picking) this.setPicking(false);
        else if (!typing && this.state.selected) this.navigate({ selected: null, other: null });
      }
    });
  }
}
