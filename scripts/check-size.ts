/**
 * Size budgets (docs/design/quality.md), on every test run: exact bytes of the SDK alone and of the widget's
 * built files at each moment of a visit (`size/size-figures.ts`); fails when a figure is over its
 * gzip budget or needs more requests than allowed. Then what each dependency costs in the panel's
 * opening (`size/dependency-costs.ts`). Run `pnpm build` first.
 * Run: `pnpm size`.
 */
import { dependencyCosts } from './size/dependency-costs.js';
import {
  panelOpening,
  sdkFigure,
  widgetBundleGraph,
  widgetDir,
  widgetFigures,
  withinBudget,
  type SizeFigure,
} from './size/size-figures.js';

function check(figure: SizeFigure): boolean {
  const { size, budget, files } = figure;
  const ok = withinBudget(figure);
  const stretch = budget?.stretchGzip
    ? `; stretch goal ${budget.stretchGzip} B: ${size.gzip <= budget.stretchGzip ? 'met' : 'not yet'}`
    : '';
  const limits = budget
    ? ` (budget ${budget.gzip} B gzip${budget.requests ? `, ${budget.requests} request(s)` : ''}${stretch})`
    : '';
  const count = files.length ? `${files.length} file(s), ` : '';
  console.log(
    `${budget ? (ok ? 'ok  ' : 'OVER') : '    '} ${figure.name}: ${count}${size.minified} B minified, ${size.gzip} B gzip, ${size.brotli} B brotli${limits}`,
  );
  return ok;
}

const graph = widgetBundleGraph();
const widget = widgetFigures(graph);
if (typeof widget === 'string') console.log(`OVER widget: ${widget}`);
const figures = [await sdkFigure(), ...(typeof widget === 'string' ? [] : widget)];
const results = figures.map(check);

const opening =
  typeof widget === 'string' ? undefined : widget.find((f) => f.name === panelOpening);
if (typeof graph !== 'string' && opening) {
  console.log(
    `\n${panelOpening}, by dependency: exact minified bytes (from the build's source maps); ` +
      "gzip estimated (each file's gzip shared out by minified bytes):",
  );
  for (const { dependency, bytes, gzip } of dependencyCosts(graph, opening.files, widgetDir)) {
    const share = ((100 * bytes) / opening.size.minified).toFixed(1);
    console.log(`     ${dependency}: ${bytes} B minified (${share}%), ~${gzip} B gzip`);
  }
}
if (typeof widget === 'string' || results.includes(false)) process.exit(1);
