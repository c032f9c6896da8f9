export type { WorkerSource } from './createWorker.js';
export type { DownloadFile } from './downloads.js';
export type { HydratedFigure } from './HydratedFigure.js';
export { type Hydration, hydrate } from './hydrate.js';
export type { FigureState, HydrateOptions } from './options.js';
export { formatValue, sliderToValue, valueToSlider } from './sliderScale.js';
