import type { IntegerParam, NumberParam } from '@dl8/experiments';
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  LOG_STEPS,
  sliderRange,
  sliderToValue,
  valueToSlider,
} from '../src/hydrate/sliderScale.js';

const log: NumberParam = {
  kind: 'number',
  label: 'lr',
  help: '',
  default: 0.01,
  min: 0.001,
  max: 1,
  scale: 'log',
};
const linear: NumberParam = {
  kind: 'number',
  label: 'x',
  help: '',
  default: 0.5,
  min: 0,
  max: 1,
  step: 0.1,
};
const integer: IntegerParam = {
  kind: 'integer',
  label: 'n',
  help: '',
  default: 3,
  min: 1,
  max: 10,
};

describe('slider scales', () => {
  it('sliderToValue(log spec) maps the ends to min and max and the middle to the geometric mean', () => {
    expect(sliderToValue(log, 0)).toBe(0.001);
    expect(sliderToValue(log, LOG_STEPS)).toBe(1);
    expect(sliderToValue(log, LOG_STEPS / 2)).toBe(0.0316);
  });

  it('valueToSlider(log spec, sliderToValue(p)) gives back p at every position', () => {
    for (let p = 0; p <= LOG_STEPS; p++) expect(valueToSlider(log, sliderToValue(log, p))).toBe(p);
  });

  it('sliderRange(spec) is 0..LOG_STEPS for log, the spec range and step otherwise', () => {
    expect(sliderRange(log)).toEqual({ min: 0, max: LOG_STEPS, step: 1 });
    expect(sliderRange(linear)).toEqual({ min: 0, max: 1, step: 0.1 });
    expect(sliderRange(integer)).toEqual({ min: 1, max: 10, step: 1 });
  });

  it('sliderToValue(linear spec) removes float noise; integer spec rounds', () => {
    expect(sliderToValue(linear, 0.1 + 0.2)).toBe(0.3);
    expect(sliderToValue(integer, 3.4)).toBe(3);
  });

  it('formatValue(v) prints integers plainly, tiny and huge numbers in exponent form', () => {
    expect(formatValue(20)).toBe('20');
    expect(formatValue(0.0316)).toBe('0.0316');
    expect(formatValue(0.00001)).toBe('1.00e-5');
    expect(formatValue(true)).toBe('true');
  });
});
