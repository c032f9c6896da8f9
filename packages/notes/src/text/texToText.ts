/** Unicode stand-ins for TeX control words, for reading math in a terminal. */
const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  sum: 'Σ',
  prod: 'Π',
  partial: '∂',
  nabla: '∇',
  grad: '∇',
  infty: '∞',
  in: '∈',
  notin: '∉',
  subseteq: '⊆',
  subset: '⊂',
  cup: '∪',
  cap: '∩',
  perp: '⊥',
  top: 'ᵀ',
  cdot: '·',
  cdots: '⋯',
  dots: '…',
  ldots: '…',
  times: '×',
  odot: '⊙',
  otimes: '⊗',
  pm: '±',
  mp: '∓',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: '~',
  equiv: '≡',
  propto: '∝',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  Longrightarrow: '⟹',
  Leftrightarrow: '⇔',
  mapsto: '↦',
  forall: '∀',
  exists: '∃',
  lVert: '‖',
  rVert: '‖',
  Vert: '‖',
  lvert: '|',
  rvert: '|',
  mid: '|',
  langle: '⟨',
  rangle: '⟩',
  R: 'ℝ',
  E: '𝔼',
  quad: '  ',
  qquad: '    ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  ' ': ' ',
  '{': '{',
  '}': '}',
  '%': '%',
  $: '$',
  '#': '#',
  '&': '&',
  _: '_',
  '|': '‖',
  '\\': '\n',
  min: 'min',
  max: 'max',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  cos: 'cos',
  sin: 'sin',
  arg: 'arg',
  argmin: 'argmin',
  argmax: 'argmax',
  det: 'det',
  lim: 'lim',
};
const BLACKBOARD: Record<string, string> = { R: 'ℝ', E: '𝔼', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ' };
const SUPER: Record<string, string> = {
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  k: 'ᵏ',
  t: 'ᵗ',
  T: 'ᵀ',
  ᵀ: 'ᵀ',
  l: 'ˡ',
  m: 'ᵐ',
  j: 'ʲ',
};
const SUB: Record<string, string> = {
  0: '₀',
  1: '₁',
  2: '₂',
  3: '₃',
  4: '₄',
  5: '₅',
  6: '₆',
  7: '₇',
  8: '₈',
  9: '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '(': '₍',
  ')': '₎',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  t: 'ₜ',
  a: 'ₐ',
  e: 'ₑ',
  o: 'ₒ',
  x: 'ₓ',
  r: 'ᵣ',
  s: 'ₛ',
  p: 'ₚ',
  h: 'ₕ',
  u: 'ᵤ',
  v: 'ᵥ',
};
const ACCENTS: Record<string, string> = {
  hat: '\u0302',
  bar: '\u0304',
  tilde: '\u0303',
  vec: '\u20d7',
  dot: '\u0307',
};
const DROPPED = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'displaystyle',
  'textstyle',
  'limits',
  'nonumber',
  'notag',
]);
const STYLES = new Set([
  'mathbf',
  'mathrm',
  'mathit',
  'boldsymbol',
  'bm',
  'mathsf',
  'mathcal',
  'operatorname',
  'text',
  'textbf',
  'textit',
  'mbox',
  'mathtt',
]);

function script(text: string, table: Record<string, string>, mark: string): string {
  const chars = [...text];
  if (chars.length > 0 && chars.every((c) => table[c] !== undefined))
    return chars.map((c) => table[c]).join('');
  return chars.length === 1 ? `${mark}${text}` : `${mark}(${text})`;
}

/**
 * TeX math as readable Unicode text for a terminal: Greek letters and operators as symbols,
 * `\frac{a}{b}` as `(a)/(b)`, scripts as Unicode super/subscripts where they exist, `\label`
 * dropped and `\tag{n}` as `(n)`. `refs` maps `\eqref` labels to their numbers.
 */
export function texToText(tex: string, refs: ReadonlyMap<string, string> = new Map()): string {
  let i = 0;
  const group = (): string => {
    while (tex[i] === ' ') i++;
    if (tex[i] === '{') {
      let depth = 0;
      const start = i + 1;
      for (; i < tex.length; i++) {
        if (tex[i] === '\\') {
          i++;
          continue;
        }
        if (tex[i] === '{') depth++;
        if (tex[i] === '}' && --depth === 0) break;
      }
      const inner = tex.slice(start, i);
      i++;
      return inner;
    }
    if (tex[i] === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      i += m ? m[0].length : 1;
      return m ? m[0] : '';
    }
    return tex[i++] ?? '';
  };
  const wrap = (s: string) => (/^[\p{L}\p{N}.ᵀ]+$/u.test(s) ? s : `(${s})`);
  let out = '';
  while (i < tex.length) {
    const c = tex[i]!;
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const name = m ? m[1]! : '';
      i += m ? m[0].length : 1;
      if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const a = texToText(group(), refs);
        const b = texToText(group(), refs);
        out += `${wrap(a)}/${wrap(b)}`;
      } else if (name === 'sqrt') out += `√${wrap(texToText(group(), refs))}`;
      else if (name === 'binom')
        out += `C(${texToText(group(), refs)}, ${texToText(group(), refs)})`;
      else if (name === 'mathbb') {
        const g = group();
        out += BLACKBOARD[g] ?? g;
      } else if (STYLES.has(name)) out += texToText(group(), refs);
      else if (ACCENTS[name]) out += `${texToText(group(), refs)}${ACCENTS[name]}`;
      else if (name === 'label') group();
      else if (name === 'tag') out += `    (${texToText(group(), refs)})`;
      else if (name === 'eqref' || name === 'ref') {
        const label = group();
        out += `(${refs.get(label) ?? label})`;
      } else if (name === 'begin' || name === 'end') group();
      else if (DROPPED.has(name)) continue;
      else out += SYMBOLS[name] ?? name;
    } else if (c === '^' || c === '_') {
      i++;
      const g = texToText(group(), refs);
      out += script(g, c === '^' ? SUPER : SUB, c);
    } else if (c === '{' || c === '}') i++;
    else if (c === '&') i++;
    else if (c === '~') {
      out += ' ';
      i++;
    } else if (c === '-') {
      out += '−';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()
    .normalize('NFC');
}
