import { describe, expect, it } from 'vitest';
import { texToText } from '../../src/text/texToText.js';

describe('texToText(tex)', () => {
  it.each([
    ['\\alpha + \\beta', 'α + β'],
    ['x^2 + y_i', 'x² + yᵢ'],
    ['w_{l-1}', 'wₗ₋₁'],
    ['e^{-x}', 'e^(−x)'],
    ['\\frac{a}{b}', 'a/b'],
    ['\\frac{\\partial \\hat{y}}{\\partial w_i}', '(∂ ŷ)/(∂ wᵢ)'],
    ['\\sqrt{\\delta + v}', '√(δ + v)'],
    ['\\mathbb{R}^n', 'ℝⁿ'],
    ['\\R', 'ℝ'],
    ['g^\\top g', 'gᵀ g'],
    ['\\left( x \\right)', '( x )'],
    ['\\text{mean}(x)', 'mean(x)'],
    ['\\prod_{i \\ge 3} w_i', 'Π_(i ≥ 3) wᵢ'],
    ['\\binom{l}{2}', 'C(l, 2)'],
  ])('%s reads as %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  it('drops labels, shows tags and resolves references', () => {
    expect(texToText('y = x \\tag{1.1}\\label{eq:y}')).toBe('y = x (1.1)');
    expect(texToText('see \\eqref{eq:y}', new Map([['eq:y', '1.1']]))).toBe('see (1.1)');
    expect(texToText('see \\eqref{eq:z}')).toBe('see (eq:z)');
  });
});
