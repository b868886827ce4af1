/**
 * "Save PNG": the current view as the user sees it (links, people, labels and the selection's
 * label box), on a white background, downloaded as a file. Sigma draws on several stacked
 * canvases (WebGL and 2D); they are drawn again and composed in the same task, before the
 * browser may clear the WebGL buffers.
 */

const LAYERS = ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'];

/** What is needed of a sigma instance, whatever its attribute types. */
export interface Drawing {
  refresh(): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
}

export function viewToPng(sigma: Drawing): Promise<Blob> {
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const first = canvases.nodes ?? Object.values(canvases)[0];
  if (!first) return Promise.reject(new Error('Nothing is drawn yet'));
  const output = document.createElement('canvas');
  output.width = first.width;
  output.height = first.height;
  const context = output.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw a 2D canvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const id of LAYERS) {
    const layer = canvases[id];
    if (layer && layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
  );
}

/** Offers a blob as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
