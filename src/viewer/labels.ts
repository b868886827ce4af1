/**
 * Labels that never overlap: each frame, a label is drawn only where no label drawn before it
 * lies (sigma's label grid alone lets neighbours' names run into each other). The selected
 * people's labels are placed first, so they always show. Names get a white halo so they stay
 * readable over links.
 */
import type { NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export type LabelData = Partial<NodeDisplayData> & {
  key?: string;
  x: number;
  y: number;
  size: number;
  label: string | null;
};

const GAP = 3;

type Side = 'right' | 'left';

export class LabelPlacer {
  private placed: Box[] = [];
  private reserved = new Map<string, Side>();
  private pending = true;

  /** @param first the labels placed before any other in a frame (viewport coordinates). */
  constructor(private readonly first: () => LabelData[]) {}

  /** A new frame begins (sigma's beforeRender: its positions are not final yet). */
  newFrame(): void {
    this.pending = true;
  }

  private startFrame(context: CanvasRenderingContext2D, settings: Settings): void {
    this.pending = false;
    this.reserved = new Map();
    setFont(context, settings);
    const first = this.first().filter((d) => d.label && d.key !== undefined);
    // the selected people's discs stay clear of every label, each other's labels included
    const discs = first.map((d) => ({
      left: d.x - d.size,
      right: d.x + d.size,
      top: d.y - d.size,
      bottom: d.y + d.size,
    }));
    this.placed = [...discs];
    [...first.keys()]
      .sort((i, j) => first[i]!.x - first[j]!.x)
      .forEach((i) => {
        const data = first[i]!;
        const obstacles = this.placed.filter((box) => box !== discs[i]);
        const side =
          (['right', 'left'] as const).find((c) => fitsAmong(boxOf(context, data, settings, c), obstacles)) ?? 'right';
        this.placed.push(boxOf(context, data, settings, side));
        this.reserved.set(data.key!, side);
      });
  }

  draw(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
    if (this.pending) this.startFrame(context, settings);
    if (!data.label) return;
    setFont(context, settings);
    let side = data.key === undefined ? undefined : this.reserved.get(data.key);
    if (!side) {
      for (const candidate of ['right', 'left'] as const) {
        const box = boxOf(context, data, settings, candidate);
        if (!this.fits(box)) continue;
        side = candidate;
        this.placed.push(box);
        break;
      }
      if (!side) return;
    }
    const width = context.measureText(data.label).width;
    const x = side === 'right' ? data.x + data.size + GAP : data.x - data.size - GAP - width;
    const y = data.y + settings.labelSize / 3;
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, y);
  }

  private fits(box: Box): boolean {
    return fitsAmong(box, this.placed);
  }
}

function fitsAmong(box: Box, boxes: readonly Box[]): boolean {
  for (const other of boxes) {
    if (box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top)
      return false;
  }
  return true;
}

function setFont(context: CanvasRenderingContext2D, settings: Settings): void {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

function boxOf(context: CanvasRenderingContext2D, data: LabelData, settings: Settings, side: Side): Box {
  const width = context.measureText(data.label ?? '').width;
  const left = side === 'right' ? data.x + data.size + GAP : data.x - data.size - GAP - width;
  return {
    left: left - 2,
    right: left + width + 2,
    top: data.y - settings.labelSize * 0.75,
    bottom: data.y + settings.labelSize * 0.45,
  };
}
