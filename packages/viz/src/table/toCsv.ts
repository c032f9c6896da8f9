import type { DataTable } from './toTable.js';

/** Quotes a CSV field when it holds a comma, quote, or line break (RFC 4180). */
function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes a table as RFC 4180 CSV: a header line, then one line per row, CRLF line endings. */
export function toCsv(table: DataTable): string {
  return `${[table.columns, ...table.rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
