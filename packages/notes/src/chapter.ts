import { chapterMacros, chapterSections } from './chapter-content.js';
import type { NoteSection } from './NoteSection.js';

/** The chapter notes (8.7 of Deep Learning), one section per content file, in reading order. */
export const chapter: readonly NoteSection[] = chapterSections;

/** The KaTeX macros the chapter notes use (content/macros.json), e.g. `\R` for the reals. */
export const macros: Readonly<Record<string, string>> = chapterMacros;
