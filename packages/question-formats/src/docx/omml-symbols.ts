/** Unicode characters of Office Math runs and their LaTeX spelling. */
export const SYMBOLS: Record<string, string> = {
  α: '\\alpha',
  β: '\\beta',
  γ: '\\gamma',
  δ: '\\delta',
  ε: '\\varepsilon',
  ϵ: '\\epsilon',
  ζ: '\\zeta',
  η: '\\eta',
  θ: '\\theta',
  ϑ: '\\vartheta',
  ι: '\\iota',
  κ: '\\kappa',
  λ: '\\lambda',
  μ: '\\mu',
  ν: '\\nu',
  ξ: '\\xi',
  π: '\\pi',
  ρ: '\\rho',
  σ: '\\sigma',
  ς: '\\varsigma',
  τ: '\\tau',
  υ: '\\upsilon',
  φ: '\\varphi',
  ϕ: '\\phi',
  χ: '\\chi',
  ψ: '\\psi',
  ω: '\\omega',
  Γ: '\\Gamma',
  Δ: '\\Delta',
  '∆': '\\Delta',
  Θ: '\\Theta',
  Λ: '\\Lambda',
  Ξ: '\\Xi',
  Π: '\\Pi',
  Σ: '\\Sigma',
  Υ: '\\Upsilon',
  Φ: '\\Phi',
  Ψ: '\\Psi',
  Ω: '\\Omega',
  '≤': '\\le',
  '⩽': '\\le',
  '≥': '\\ge',
  '⩾': '\\ge',
  '≠': '\\ne',
  '×': '\\times',
  '·': '\\cdot',
  '⋅': '\\cdot',
  '÷': '\\div',
  '±': '\\pm',
  '∓': '\\mp',
  '∞': '\\infty',
  '→': '\\to',
  '←': '\\leftarrow',
  '↔': '\\leftrightarrow',
  '⇒': '\\Rightarrow',
  '⇐': '\\Leftarrow',
  '⇔': '\\Leftrightarrow',
  '∈': '\\in',
  '∉': '\\notin',
  '∋': '\\ni',
  '⊂': '\\subset',
  '⊃': '\\supset',
  '⊆': '\\subseteq',
  '⊇': '\\supseteq',
  '∪': '\\cup',
  '∩': '\\cap',
  '∅': '\\emptyset',
  '∀': '\\forall',
  '∃': '\\exists',
  '∠': '\\angle',
  '⊥': '\\perp',
  '∥': '\\parallel',
  '//': '\\parallel',
  '°': '^{\\circ}',
  '∘': '\\circ',
  '≈': '\\approx',
  '≡': '\\equiv',
  '∼': '\\sim',
  '≅': '\\cong',
  ℝ: '\\mathbb{R}',
  ℕ: '\\mathbb{N}',
  ℤ: '\\mathbb{Z}',
  ℚ: '\\mathbb{Q}',
  ℂ: '\\mathbb{C}',
  '…': '\\ldots',
  '⋯': '\\cdots',
  '−': '-',
  '∗': '*',
  '∂': '\\partial',
  '∇': '\\nabla',
  '¬': '\\neg',
  '∧': '\\wedge',
  '∨': '\\vee',
  '′': "'",
  '″': "''",
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '\\': '\\backslash',
  '∑': '\\sum',
  '∏': '\\prod',
  '∫': '\\int',
  '√': '\\sqrt{}',
  '△': '\\triangle',
  '∣': '\\mid',
  '⟨': '\\langle',
  '⟩': '\\rangle',
  '\u00a0': ' ',
  '\u2009': '\\,',
};

/** Function names Word writes as plain runs; they become `\sin` etc. */
export const FUNCTIONS = new Set([
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'log',
  'ln',
  'lg',
  'exp',
  'lim',
  'max',
  'min',
  'sup',
  'inf',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'det',
  'deg',
  'gcd',
]);
export const VIETNAMESE_FUNCTIONS: Record<string, string> = {
  tg: '\\operatorname{tg}',
  cotg: '\\operatorname{cotg}',
};

export function functionName(text: string): string | null {
  const name = text.trim();
  if (FUNCTIONS.has(name)) return `\\${name}`;
  return VIETNAMESE_FUNCTIONS[name] ?? null;
}

/** A run's text in LaTeX: symbols mapped, a space after every command so letters do not glue on. */
export function runToLatex(text: string, plain: boolean): string {
  const fn = functionName(text);
  if (fn) return `${fn} `;
  if (plain && /^\p{L}{2,}$/u.test(text.trim())) return `\\text{${text}}`;
  let out = '';
  for (const char of text) {
    const mapped = SYMBOLS[char];
    if (mapped === undefined) out += char;
    else out += /^\\[a-zA-Z]+$/.test(mapped) ? `${mapped} ` : mapped;
  }
  return bracedDecimalCommas(out);
}

/** A Vietnamese decimal comma ("1,5") braced, or math mode would print it as "1, 5". */
export const bracedDecimalCommas = (latex: string) => latex.replace(/(\d),(?=\d)/g, '$1{,}');

export const DELIMITERS: Record<string, string> = {
  '': '.',
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  '{': '\\{',
  '}': '\\}',
  '|': '|',
  '‖': '\\|',
  '⟨': '\\langle',
  '⟩': '\\rangle',
  '⌊': '\\lfloor',
  '⌋': '\\rfloor',
  '⌈': '\\lceil',
  '⌉': '\\rceil',
};

export function delimiter(char: string): string {
  return DELIMITERS[char] ?? SYMBOLS[char] ?? char;
}

export const ACCENTS: Record<string, string> = {
  '\u0302': '\\hat',
  '^': '\\hat',
  '\u0303': '\\tilde',
  '~': '\\tilde',
  '\u0307': '\\dot',
  '\u0308': '\\ddot',
  '\u0306': '\\breve',
  '\u030c': '\\check',
  '\u0301': '\\acute',
  '\u0300': '\\grave',
  '\u0305': '\\overline',
  '\u00af': '\\overline',
  '\u20d7': '\\vec',
  '\u2192': '\\vec',
  '\u20d6': '\\overleftarrow',
  '\u2190': '\\overleftarrow',
};

/** `\vec` / `\hat` on one letter, the wide forms (`\overrightarrow{AB}`, `\widehat{ABC}`) on more. */
export function accent(char: string, base: string): string {
  const command = ACCENTS[char] ?? '\\hat';
  const wide = base.replace(/\\[a-zA-Z]+|\s/g, 'x').length > 1;
  if (wide && command === '\\vec') return `\\overrightarrow{${base}}`;
  if (wide && command === '\\hat') return `\\widehat{${base}}`;
  if (wide && command === '\\tilde') return `\\widetilde{${base}}`;
  return `${command}{${base}}`;
}

export const NARY: Record<string, string> = {
  '∑': '\\sum',
  '∏': '\\prod',
  '∐': '\\coprod',
  '∫': '\\int',
  '∬': '\\iint',
  '∭': '\\iiint',
  '∮': '\\oint',
  '⋃': '\\bigcup',
  '⋂': '\\bigcap',
  '⋁': '\\bigvee',
  '⋀': '\\bigwedge',
};

export function naryOperator(char: string | null): string {
  return NARY[char ?? '∫'] ?? runToLatex(char ?? '', false);
}
