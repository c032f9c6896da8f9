import { DOMParser } from '@xmldom/xmldom';

/** Parses SVG text with a real XML parser, throwing on any error or warning. */
export function parseSvg(svg: string) {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`XML ${level}: ${msg}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
}
