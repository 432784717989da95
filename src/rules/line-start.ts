/**
 * A test of how a line starts, for rules anchored at the start of the line: such a rule can
 * only match a line that starts with one of a few strings (required-literals.ts derives them).
 * Asked before the rule's regex runs, it answers from the line's first code unit for almost
 * every line, where the regex would have to be entered and fail.
 */
export class LineStart {
  /** The strings, by their first code unit. */
  private readonly byFirstUnit = new Map<number, string[]>();

  /** `prefixes`: non-empty strings, one of which the line must start with. */
  constructor(prefixes: readonly string[]) {
    for (const prefix of prefixes) {
      if (prefix.length === 0) throw new Error('an empty prefix would let every line through');
      const first = prefix.charCodeAt(0);
      const list = this.byFirstUnit.get(first);
      if (list) list.push(prefix);
      else this.byFirstUnit.set(first, [prefix]);
    }
  }

  /** Does `text` start with one of the strings? */
  opens(text: string): boolean {
    const list = this.byFirstUnit.get(text.charCodeAt(0));
    if (list === undefined) return false;
    for (const prefix of list) if (text.startsWith(prefix)) return true;
    return false;
  }
}
