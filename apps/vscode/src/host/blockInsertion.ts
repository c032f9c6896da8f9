/**
 * The text to insert for a ```dl8 block at a cursor: fenced blocks must start on their own
 * line, so a newline is added before when the line has text before the cursor, and after when
 * it has text after it.
 */
export function blockInsertion(lineText: string, column: number, block: string): string {
  const before = lineText.slice(0, column);
  const after = lineText.slice(column);
  const body = block.endsWith('\n') ? block : `${block}\n`;
  return `${before.trim() === '' ? '' : '\n'}${body}${after.trim() === '' ? '' : '\n'}`;
}
