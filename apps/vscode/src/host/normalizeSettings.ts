import type { RenderSettings } from '../shared/protocol.js';

/** The defaults of the `dl8.*` settings (package.json repeats them for the settings UI). */
export const defaultSettings: RenderSettings = { seed: 1, numberEquations: true };

/**
 * The render settings from raw configuration values: a seed that is not a non-negative safe
 * integer, or a non-boolean switch, falls back to its default instead of reaching the webview.
 */
export function normalizeSettings(raw: {
  seed?: unknown;
  numberEquations?: unknown;
}): RenderSettings {
  const seed =
    Number.isSafeInteger(raw.seed) && (raw.seed as number) >= 0
      ? (raw.seed as number)
      : defaultSettings.seed;
  const numberEquations =
    typeof raw.numberEquations === 'boolean'
      ? raw.numberEquations
      : defaultSettings.numberEquations;
  return { seed, numberEquations };
}
