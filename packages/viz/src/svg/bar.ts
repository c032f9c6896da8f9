import { scaleBand } from 'd3-scale';
import { droppedNote, joinDesc } from '../data/describe.js';
import { fmt } from '../data/fmt.js';
import { label } from '../data/label.js';
import { extentOf } from '../data/points.js';
import type { BarChart } from '../spec/bar.js';
import { drawFrame } from './axes.js';
import { svgDocument } from './document.js';
import { el, text, textWidth } from './el.js';
import { plotRect, type SvgContext, yLabelRoom } from './layout.js';
import { drawLegend, type LegendEntry, sampleRect } from './legend.js';
import { numericAxis, safeDomain, tickCount } from './scale.js';
import { seriesColor } from './theme.js';

/** Renders grouped bars; signed values on a linear axis, or |value| on a log axis with negatives outlined. */
export function barSvg(spec: BarChart, ctx: SvgContext): string {
  const logMag = spec.valueScale === 'log-magnitude';
  const all = spec.series.flatMap((s) => s.values);
  const usable = (v: number) => Number.isFinite(v) && (!logMag || v !== 0);
  const mag = extentOf(all.map(Math.abs), 'log');
  // Room below the smallest magnitude so its bar stays visible after nice() rounding.
  const ext = logMag
    ? mag && ([mag[0] / 3, mag[1]] as [number, number])
    : extentOf([0, ...all.filter(Number.isFinite)]);
  const longest = Math.max(0, ...spec.categories.map((c) => textWidth(c, 11)));
  const band0 = plotRect(ctx);
  // Rotate category labels when they would collide.
  const slot = (band0.right - band0.left) / Math.max(1, spec.categories.length);
  const rotate = longest > slot - 4;
  // Labels turned by 40° reach down sin 40° and left cos 40° of their length: room below for the
  // longest (up to 30% of the chart; longer ones get an ellipsis) and left of the first slot.
  const below = rotate
    ? Math.max(Math.min(60, longest * 0.7), Math.min(ctx.height * 0.3, longest * 0.643 + 8))
    : 0;
  const maxChars = Math.max(4, Math.floor((below - 8) / 0.643 / (11 * 0.62)));
  const cats = spec.categories.map((c) => (rotate ? ellipsize(c, maxChars) : c));
  // 1.2: the width estimate runs short for wide letters (m, w) in common sans fonts.
  const firstReach = rotate ? textWidth(cats[0] ?? '', 11) * 1.2 * 0.766 + 4 : 0;
  const rb = rotate ? { ...band0, bottom: band0.bottom - below } : band0;
  const y = numericAxis(
    safeDomain(ext, logMag ? 'log' : 'linear'),
    [rb.bottom, rb.top],
    logMag ? 'log' : 'linear',
    tickCount(rb.bottom - rb.top, 36),
  );
  const yLabel = spec.yLabel ?? (logMag ? '|value| (log)' : undefined);
  const left = rb.left + yLabelRoom(y.labels, !!yLabel);
  // The first label's centre sits 0.1 + 0.5 band widths in (d3 band padding); keep its start ≥ 0.
  const firstCentre = left + ((rb.right - left) / Math.max(1, cats.length)) * 0.5;
  const r = { ...rb, left: left + Math.max(0, firstReach - firstCentre) };
  const bx = scaleBand<number>()
    .domain(spec.categories.map((_, i) => i))
    .range([r.left, r.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const inner = bx.bandwidth() / Math.max(1, spec.series.length);
  const base = logMag ? r.bottom : y.scale(0);
  const frame = drawFrame(r, spec.title, undefined, y, rotate ? undefined : spec.xLabel, yLabel);
  let body = '';
  const covered: [number, number][] = [];
  let dropped = 0;
  let negatives = 0;
  for (const [si, s] of spec.series.entries()) {
    const c = seriesColor(s.colorIndex ?? si);
    for (const [ci, v] of s.values.entries()) {
      if (!usable(v)) {
        dropped++;
        continue;
      }
      const x0 = (bx(ci) ?? r.left) + si * inner;
      const top = y.scale(logMag ? Math.abs(v) : v);
      const neg = v < 0;
      if (neg) negatives++;
      const hollow = logMag && neg;
      covered.push(...sampleRect(x0, top, x0 + inner, base));
      body += el('rect', {
        x: x0 + 0.5,
        y: Math.min(top, base),
        width: Math.max(1, inner - 1),
        height: Math.abs(base - top),
        style: `fill:${c};stroke:${c}`,
        'fill-opacity': hollow ? '0.15' : '0.85',
        'stroke-width': hollow ? 1.5 : 0,
      });
    }
  }
  if (!logMag)
    body += el('line', {
      x1: r.left,
      x2: r.right,
      y1: base,
      y2: base,
      stroke: 'currentColor',
      'stroke-opacity': '0.8',
    });
  for (const [ci, cat] of cats.entries()) {
    const cx = (bx(ci) ?? r.left) + bx.bandwidth() / 2;
    body += rotate
      ? text(
          {
            x: cx,
            y: r.bottom + 12,
            'text-anchor': 'end',
            transform: `rotate(-40 ${fmt(cx)} ${fmt(r.bottom + 12)})`,
          },
          cat,
        )
      : text({ x: cx, y: r.bottom + 17, 'text-anchor': 'middle' }, cat);
  }
  const entries: LegendEntry[] = spec.series.map((s, i) => ({
    name: s.name,
    color: seriesColor(s.colorIndex ?? i),
    swatch: 'box' as const,
  }));
  if (logMag && negatives)
    entries.push({ name: 'outlined: negative', color: 'currentColor', swatch: 'outline' });
  const legend = drawLegend(entries, r, spec.legend, covered);
  const summary =
    `Bar chart of ${spec.categories.length} categories and ${spec.series.length} series${logMag ? ', heights are |value| on a log scale' : ''}. ` +
    spec.series
      .map(
        (s) =>
          `${s.name}: ${s.values.map((v, i) => `${spec.categories[i]} ${label(v)}`).join(', ')}.`,
      )
      .join(' ') +
    droppedNote(dropped, 'values', logMag).replace(
      'not positive on a log axis',
      'zero on a log-magnitude axis',
    );
  return svgDocument({
    ...ctx,
    title: spec.title,
    desc: joinDesc(spec.description, summary),
    body: frame.back + body + frame.front + legend,
  });
}

function ellipsize(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, n - 1).join('')}…`;
}
