/** One section of the chapter notes: a markdown file of content/. */
export interface NoteSection {
  /** Stable id from the file name, e.g. "batch-normalization". */
  id: string;
  /** The content/ file it came from, e.g. "01-batch-normalization.md". */
  file: string;
  /** Book section number from the first heading, e.g. "8.7.1" ("" when the heading has none). */
  section: string;
  title: string;
  markdown: string;
}
