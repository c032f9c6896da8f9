import type { ExperimentResult } from '@dl8/experiments';
import { toCsv, toTable } from '@dl8/viz';

/** Rows shown on the page per table; the CSV download has them all. */
export const MAX_ROWS = 100;

interface NamedTable {
  title: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** Every table of a result: one per chart (its plotted data) and the experiment's own tables. */
export function resultTables(result: ExperimentResult): NamedTable[] {
  const charts = result.charts.map((chart) => ({ title: chart.title, ...toTable(chart) }));
  return [...charts, ...(result.tables ?? [])];
}

function cellText(value: string | number): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(6))) : value;
}

/** Accessible HTML tables (caption, column headers with scope) for the data behind a result. */
export function buildDataTables(doc: Document, result: ExperimentResult): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const table of resultTables(result)) {
    const wrap = doc.createElement('div');
    wrap.className = 'dl8-table-wrap';
    wrap.tabIndex = 0; // scrollable region: reachable and scrollable by keyboard
    const el = doc.createElement('table');
    const caption = el.createCaption();
    caption.textContent =
      table.rows.length > MAX_ROWS
        ? `${table.title} (first ${MAX_ROWS} of ${table.rows.length} rows; the CSV has all)`
        : table.title;
    const head = el.createTHead().insertRow();
    for (const column of table.columns) {
      const th = doc.createElement('th');
      th.scope = 'col';
      th.textContent = column;
      head.append(th);
    }
    const body = el.createTBody();
    for (const row of table.rows.slice(0, MAX_ROWS)) {
      const tr = body.insertRow();
      for (const value of row) tr.insertCell().textContent = cellText(value);
    }
    wrap.setAttribute('aria-label', table.title);
    wrap.setAttribute('role', 'region');
    wrap.append(el);
    fragment.append(wrap);
  }
  return fragment;
}

/**
 * The data of a result as CSV: one table when there is one, otherwise one section per table,
 * each headed by its title on a line of its own and separated by a blank line.
 */
export function resultCsv(result: ExperimentResult): string {
  const tables = resultTables(result);
  if (tables.length === 1)
    return toCsv({ columns: [...tables[0]!.columns], rows: tables[0]!.rows.map((r) => [...r]) });
  return tables
    .map(
      (t) =>
        toCsv({ columns: [t.title], rows: [] }) +
        toCsv({ columns: [...t.columns], rows: t.rows.map((r) => [...r]) }),
    )
    .join('\r\n');
}
