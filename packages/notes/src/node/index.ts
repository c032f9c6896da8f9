export { type ExportOptions, type ExportResult, exportChapter } from './exportChapter.js';
export { type BrowserAssets, defaultAssetsDir, readBrowserAssets } from './readBrowserAssets.js';
