// Bundled and run by scripts/build.mjs: prints the catalog of the real chapter and registry.
import { experiments } from '@dl8/experiments';
import { chapter } from '@dl8/notes';
import { makeCatalog } from './makeCatalog.js';

process.stdout.write(JSON.stringify(makeCatalog(chapter, experiments)));
