/**
 * The page's entry point (bundled by scripts/build-viewer.js into dist/viewer/wdkin-viewer.js):
 * reads the graph embedded in the page, starts the explorer, and marks the page ready once the
 * first frame is drawn (`performance.mark('wdkin-first-render')`, `data-state="ready"` on body).
 * Any failure is shown in the page, not only in the console.
 */
import { VIEWER_DATA_VERSION, type ViewerData } from '../export/viewer-data.js';
import { FamilyExplorer } from './app.js';
import { h } from './dom.js';

const DATA_ELEMENT_ID = 'wdkin-data';

function readData(): ViewerData {
  const element = document.getElementById(DATA_ELEMENT_ID);
  if (!element?.textContent) throw new Error('This page carries no family graph.');
  const data = JSON.parse(element.textContent) as ViewerData;
  if (data.format !== 'wdkin-viewer' || data.version !== VIEWER_DATA_VERSION)
    throw new Error(`This page's data is in an unknown format (${String(data.format)} ${String(data.version)}).`);
  return data;
}

function start(): void {
  performance.mark('wdkin-start');
  document.body.dataset.state = 'loading';
  try {
    const explorer = new FamilyExplorer(readData(), document.body);
    performance.mark('wdkin-drawn');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('wdkin-first-render');
        document.body.dataset.state = 'ready';
      }),
    );
    Object.defineProperty(window, 'wdkin', { value: Object.freeze({ explorer }), enumerable: false });
  } catch (error) {
    document.body.dataset.state = 'failed';
    const text = error instanceof Error ? error.message : String(error);
    document.body.appendChild(h('p', { class: 'failure', text: `The family explorer could not start: ${text}` }));
    throw error;
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
