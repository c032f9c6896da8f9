import type { ParamSpec, ParamValue } from '@dl8/experiments';
import { formatValue, sliderRange, sliderToValue, valueToSlider } from './sliderScale.js';

/** One labelled control for one parameter, with its value shown beside it. */
export interface Control {
  key: string;
  element: HTMLElement;
  get(): ParamValue;
  /** Shows `value` without reporting a change. */
  set(value: ParamValue): void;
}

function help(doc: Document, id: string, text: string): HTMLElement {
  const p = doc.createElement('small');
  p.className = 'dl8-help';
  p.id = id;
  p.textContent = text;
  return p;
}

/**
 * Builds the native, keyboard-operable control for a parameter: a range input for number and
 * integer (geometric for `scale: 'log'`, with the real value in `aria-valuetext` and an
 * `<output>`), a checkbox for boolean, a select for choice. `onInput` fires on every change.
 */
export function buildControl(
  doc: Document,
  key: string,
  spec: ParamSpec,
  value: ParamValue,
  idBase: string,
  onInput: (value: ParamValue) => void,
): Control {
  const id = `${idBase}-${key}`;
  const row = doc.createElement('div');
  row.className = `dl8-control dl8-control-${spec.kind}`;
  const label = doc.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  if (spec.kind === 'boolean') {
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.name = key;
    box.checked = value === true;
    box.setAttribute('aria-describedby', `${id}-help`);
    box.addEventListener('change', () => onInput(box.checked));
    row.append(box, label, help(doc, `${id}-help`, spec.help));
    return { key, element: row, get: () => box.checked, set: (v) => (box.checked = v === true) };
  }
  if (spec.kind === 'choice') {
    const select = doc.createElement('select');
    select.id = id;
    select.name = key;
    select.setAttribute('aria-describedby', `${id}-help`);
    for (const choice of spec.choices) {
      const option = doc.createElement('option');
      option.value = choice.value;
      option.textContent = choice.label;
      select.append(option);
    }
    select.value = String(value);
    select.addEventListener('change', () => onInput(select.value));
    row.append(label, select, help(doc, `${id}-help`, spec.help));
    return { key, element: row, get: () => select.value, set: (v) => (select.value = String(v)) };
  }
  const range = doc.createElement('input');
  range.type = 'range';
  range.id = id;
  range.name = key;
  const { min, max, step } = sliderRange(spec);
  range.min = String(min);
  range.max = String(max);
  range.step = String(step);
  const output = doc.createElement('output');
  output.htmlFor.add(id);
  output.className = 'dl8-value';
  range.setAttribute('aria-describedby', `${id}-help`);
  let current = Number(value);
  const show = (v: number) => {
    current = v;
    range.value = String(valueToSlider(spec, v));
    output.textContent = formatValue(v);
    range.setAttribute('aria-valuetext', formatValue(v));
  };
  show(current);
  range.addEventListener('input', () => {
    const next = sliderToValue(spec, Number(range.value));
    output.textContent = formatValue(next);
    range.setAttribute('aria-valuetext', formatValue(next));
    if (next !== current) {
      current = next;
      onInput(next);
    }
  });
  row.append(label, range, output, help(doc, `${id}-help`, spec.help));
  return { key, element: row, get: () => current, set: (v) => show(Number(v)) };
}
