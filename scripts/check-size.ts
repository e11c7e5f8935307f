/**
 * Size budgets (docs/design/quality.md), on every test run: exact bytes of the SDK alone and of the widget's
 * built files at each moment of a visit (`size/size-figures.ts`); fails when a figure is over its
 * gzip budget or needs more requests than allowed. Run `pnpm build` first.
 * Run: `pnpm size`.
 */
import { sdkFigure, widgetFigures, type SizeFigure } from './size/size-figures.js';

function check(figure: SizeFigure): boolean {
  const { size, budget, files } = figure;
  const ok = !budget || (size.gzip <= budget.gzip && files.length <= (budget.requests ?? Infinity));
  const limits = budget
    ? ` (budget ${budget.gzip} B gzip${budget.requests ? `, ${budget.requests} request(s)` : ''})`
    : '';
  const count = files.length ? `${files.length} file(s), ` : '';
  console.log(
    `${budget ? (ok ? 'ok  ' : 'OVER') : '    '} ${figure.name}: ${count}${size.minified} B minified, ${size.gzip} B gzip, ${size.brotli} B brotli${limits}`,
  );
  return ok;
}

const widget = widgetFigures();
if (typeof widget === 'string') console.log(`OVER widget: ${widget}`);
const figures = [await sdkFigure(), ...(typeof widget === 'string' ? [] : widget)];
const results = figures.map(check);
if (typeof widget === 'string' || results.includes(false)) process.exit(1);
