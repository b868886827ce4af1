/**
 * The WebGL drawing: sigma.js on the page's graph. People are discs filled by sex with a ring
 * for seeds, highlighted and selected people; reducers fade what is out of focus and hide what
 * the filters hide. Labels appear as the user zooms in (sigma shows a label once its person is
 * drawn large enough and there is room for it).
 */
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import type { AbstractGraph } from 'graphology-types';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { ViewGraph, ViewLink, ViewPerson } from './graph.js';
import type { Focus } from './focus.js';
import { LabelPlacer, type LabelData } from './labels.js';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, HIGHLIGHT_COLOR, PATH_EDGE_COLOR, SELECTED_RING_COLOR } from './look.js';

type NodeLook = Partial<NodeDisplayData> & { ring?: string; ringSize?: number };

const TRANSPARENT = 'rgba(0,0,0,0)';

export interface RendererEvents {
  onClickPerson(id: string): void;
  onClickBackground(): void;
}

export class FamilyRenderer {
  /** Untyped attributes: sigma's generics cannot express the reducers' added keys. */
  readonly sigma: Sigma;
  private focus: Focus;
  private readonly labels = new LabelPlacer(() => this.selectedLabels());

  constructor(
    private readonly graph: ViewGraph,
    container: HTMLElement,
    focus: Focus,
    events: RendererEvents,
  ) {
    this.focus = focus;
    const large = graph.size > 30_000;
    const drawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) =>
      this.labels.draw(context, data, settings);
    this.sigma = new Sigma(graph as unknown as AbstractGraph, container, {
      defaultNodeType: 'ringed',
      nodeProgramClasses: {
        ringed: createNodeBorderProgram({
          borders: [
            {
              size: { attribute: 'ringSize', defaultValue: 0 },
              color: { attribute: 'ring', defaultValue: TRANSPARENT },
            },
            { size: { fill: true }, color: { attribute: 'color' } },
          ],
          drawLabel,
        }),
      },
      defaultEdgeType: 'line',
      defaultDrawNodeLabel: drawLabel,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1d1d24' },
      // the largest person of each grid cell may be named at any zoom; labels.ts keeps them apart
      labelDensity: 0.5,
      labelGridCellSize: 140,
      labelRenderedSizeThreshold: 0,
      zIndex: true,
      // people grow as the user zooms in, up to three times their size; then only the spacing
      // grows (sigma's default growth has no bound, and deep zooms drew discs the size of the screen)
      zoomToSizeRatioFunction: (ratio) => Math.max(Math.sqrt(ratio), 1 / 3),
      minCameraRatio: 0.0005,
      maxCameraRatio: 3,
      stagePadding: 24,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      nodeReducer: (node, data) => this.personLook(node, data as ViewPerson),
      edgeReducer: (edge, data) => this.linkLook(edge, data as ViewLink),
    });
    this.sigma.on('beforeRender', () => this.labels.newFrame());
    // sigma follows the window's size; the stage also changes when the panel or the filters open
    new ResizeObserver(() => this.fitContainer()).observe(container);
    this.sigma.on('clickNode', ({ node }) => events.onClickPerson(node));
    this.sigma.on('clickStage', () => events.onClickBackground());
    this.sigma.on('enterNode', () => container.classList.add('over-person'));
    this.sigma.on('leaveNode', () => container.classList.remove('over-person'));
  }

  /** The selected people's labels go first: they must show. */
  private selectedLabels(): LabelData[] {
    const first: LabelData[] = [];
    // sigma draws its first frame inside its constructor, before this.sigma is set
    if (!(this.sigma as Sigma | undefined)) return first;
    for (const id of this.focus.selected) {
      const data = this.sigma.getNodeDisplayData(id);
      if (!data || data.hidden) continue;
      const point = this.sigma.framedGraphToViewport(data);
      first.push({ key: id, x: point.x, y: point.y, size: this.sigma.scaleSize(data.size), label: data.label });
    }
    return first;
  }

  setFocus(focus: Focus): void {
    const unchanged =
      focus.hidden === this.focus.hidden &&
      focus.selected.size === 0 &&
      this.focus.selected.size === 0 &&
      focus.people === null &&
      this.focus.people === null;
    this.focus = focus;
    // re-running the reducers over every person is the costly part: skip it when nothing changes
    if (!unchanged) this.sigma.refresh({ skipIndexation: false });
  }

  /**
   * Moves the camera to show these people: centred on `centre` when given (a selected person,
   * their family around them), else on the middle of them all (or the whole graph when they span it).
   */
  async showPeople(ids: readonly string[], centre: string | null = null, duration = 450): Promise<void> {
    const points = ids
      .map((id) => this.sigma.getNodeDisplayData(id))
      .filter((p): p is NodeDisplayData => p !== undefined && !p.hidden);
    const middle = centre ? this.sigma.getNodeDisplayData(centre) : undefined;
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const at = middle && !middle.hidden ? { x: middle.x, y: middle.y } : { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
    const spanX = 2 * Math.max(maxX - at.x, at.x - minX);
    const spanY = 2 * Math.max(maxY - at.y, at.y - minY);
    // how much of the framed graph the viewport shows at ratio 1, across and down
    const { width, height } = this.sigma.getDimensions();
    const whole = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
    const corner = this.sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: whole });
    const across = Math.abs(0.5 - corner.x) * 2;
    const down = Math.abs(0.5 - corner.y) * 2;
    const margin = 1.25 + 80 / Math.max(1, Math.min(width, height));
    const wanted = Math.max(spanX / across, spanY / down) * margin;
    const camera = this.sigma.getCamera();
    if (wanted >= 1 && !middle)
      return camera.animate({ x: 0.5, y: 0.5, ratio: camera.getBoundedRatio(1) }, { duration });
    const ratio = camera.getBoundedRatio(Math.min(1, Math.max(wanted, 0.02)));
    await camera.animate({ x: at.x, y: at.y, ratio }, { duration });
  }

  /**
   * The opening view: the whole graph, unless it is so wide (a generational layout of many
   * families side by side) that it would be a thin strip; then all its generations fill the
   * height, around the first seed.
   */
  openingView(seed: string | null): void {
    const camera = this.sigma.getCamera();
    const { height } = this.sigma.getDimensions();
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    this.graph.forEachNode((_id, person) => {
      if (person.y < low) low = person.y;
      if (person.y > high) high = person.y;
    });
    if (!Number.isFinite(low)) return;
    const whole = { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio: 1 } };
    const top = this.sigma.graphToViewport({ x: 0, y: high }, whole).y;
    const bottom = this.sigma.graphToViewport({ x: 0, y: low }, whole).y;
    const tall = Math.abs(bottom - top);
    if (tall >= height * 0.35) return;
    const ratio = camera.getBoundedRatio(Math.max(tall, 1) / (height * 0.8));
    const anchor = seed ? this.sigma.getNodeDisplayData(seed) : undefined;
    const middle = this.sigma.viewportToFramedGraph({ x: 0, y: (top + bottom) / 2 }, whole);
    camera.setState({ x: anchor?.x ?? 0.5, y: middle.y, ratio, angle: 0 });
  }

  /** Takes the stage's current size now (before a camera move is computed from it). */
  fitContainer(): void {
    this.sigma.resize();
    this.sigma.scheduleRender();
  }

  fit(): Promise<void> {
    return this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  zoom(factor: number): Promise<void> {
    const camera = this.sigma.getCamera();
    return factor > 1
      ? camera.animatedZoom({ duration: 250, factor })
      : camera.animatedUnzoom({ duration: 250, factor: 1 / factor });
  }

  private personLook(node: string, data: ViewPerson): NodeLook {
    const { hidden, selected, people } = this.focus;
    if (hidden.has(node)) return { ...data, ring: TRANSPARENT, hidden: true };
    const look: NodeLook = { ...data, ring: data.ring ?? TRANSPARENT, ringSize: data.ring ? 0.28 : 0 };
    if (selected.has(node)) {
      look.ring = SELECTED_RING_COLOR;
      look.ringSize = 0.22;
      look.size = data.size * 1.1 + 1.5;
      look.forceLabel = true;
      look.zIndex = 3;
    } else if (people) {
      if (people.has(node)) {
        // the lines of a kinship answer are named and drawn large enough to see; a family
        // competes for label room
        look.forceLabel = this.focus.paths;
        if (this.focus.paths) look.size = Math.max(data.size, 4.5);
        look.zIndex = 2;
      } else {
        look.color = FADED_NODE_COLOR;
        look.size = data.size * 0.75;
        look.ring = TRANSPARENT;
        look.ringSize = 0;
        look.label = null;
        look.zIndex = 0;
      }
    } else {
      look.zIndex = data.ring ? 1 : 0;
    }
    return look;
  }

  private linkLook(edge: string, data: ViewLink): Partial<EdgeDisplayData> {
    const { hidden, people, links, paths } = this.focus;
    if (hidden.size > 0) {
      const [source, target] = this.graph.extremities(edge);
      if (hidden.has(source) || hidden.has(target)) return { ...data, hidden: true };
    }
    if (links.has(edge)) return { ...data, size: 2, color: paths ? PATH_EDGE_COLOR : data.color, zIndex: 2 };
    if (people) return { ...data, color: FADED_EDGE_COLOR, zIndex: 0 };
    // links between --highlight'ed people stand out, as in the other formats
    if (data.highlight) return { ...data, size: 1.6, color: HIGHLIGHT_COLOR, zIndex: 1 };
    return data;
  }
}
