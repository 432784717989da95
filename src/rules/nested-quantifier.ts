/**
 * The static half of the regex safety check: the textbook shape of catastrophic backtracking,
 * found by reading the pattern, without running it.
 */

/**
 * The textbook catastrophic shape: a group repeated without bound (or more than 9 times)
 * whose body is one unbounded repeat plus only optional parts, so that a run of characters can
 * be split between the iterations in exponentially many ways: `(a+)+`, `(\w+\s*)*`,
 * `(?:[a-z]+-?){2,}`. Returns the offending group, or undefined.
 */
export function findNestedQuantifier(source: string): string | undefined {
  const groups = groupSpans(source);
  for (const { start, end } of groups) {
    const quantifier = quantifierAt(source, end + 1);
    if (!quantifier || quantifier.max < 10) continue;
    const body = source.slice(start + 1, end).replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
    if (/^\?[=!<]/.test(body)) continue; // a lookaround matches no text
    if (collapsesToOneRepeat(body)) return source.slice(start, end + 1 + quantifier.length);
  }
  return undefined;
}

/** Start and end (the parentheses) of every group, outside character classes. */
function groupSpans(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) spans.push({ start: open.pop() as number, end: i });
  }
  return spans;
}

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

/** The quantifier starting at `i` (`+`, `*`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy). */
function quantifierAt(source: string, i: number): Quantifier | undefined {
  const c = source[i];
  let q: Quantifier | undefined;
  if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === '?') q = { min: 0, max: 1, length: 1 };
  else if (c === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!braces) return undefined;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
    q = { min, max, length: braces[0].length };
  }
  if (q && source[i + q.length] === '?') q.length++;
  return q;
}

/** Is the body (no top-level `|`) one unbounded repeat with nothing else required? */
function collapsesToOneRepeat(body: string): boolean {
  const atoms = splitAtoms(body);
  if (!atoms) return false;
  // One required unbounded repeat (or none) and only optional parts besides: `\w+\s*`, `\s*\w*`.
  // Two required parts (`\w+\s+`) split a run in one way only, and are not flagged.
  const required = atoms.filter((atom) => atom.min > 0);
  const unbounded = atoms.some((atom) => atom.max === Number.POSITIVE_INFINITY);
  return unbounded && required.length <= 1 && required.every((atom) => atom.max === Number.POSITIVE_INFINITY);
}

/** The atoms of a sequence with their quantifiers, or undefined for anything with a top-level `|`. */
function splitAtoms(body: string): { min: number; max: number }[] | undefined {
  const atoms: { min: number; max: number }[] = [];
  let i = 0;
  while (i < body.length) {
    const end = atomEnd(body, i);
    if (end === undefined) return undefined;
    const q = quantifierAt(body, end);
    atoms.push(q ? { min: q.min, max: q.max } : { min: 1, max: 1 });
    i = end + (q?.length ?? 0);
  }
  return atoms;
}

/** Index after the atom that starts at `i`; undefined at a `|` or an anchor-like token we do not model. */
function atomEnd(body: string, i: number): number | undefined {
  const c = body[i];
  if (c === '|') return undefined;
  if (c === '\\') {
    const braced = /^\\[pPuk]\{[^}]*\}/.exec(body.slice(i));
    if (braced) return i + braced[0].length;
    const hex = /^\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z])/.exec(body.slice(i));
    return i + (hex ? hex[0].length : 2);
  }
  if (c === '[') {
    let j = i + 1;
    while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let j = i; j < body.length; j++) {
      const d = body[j];
      if (d === '\\') j++;
      else if (d === '[') {
        while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      } else if (d === '(') depth++;
      else if (d === ')' && --depth === 0) return j + 1;
    }
    return undefined;
  }
  return i + 1;
}
