/**
 * How many code units of a Unicode character class start at a position, for scanners that
 * run on every line: the answer for each BMP character is remembered after one regex test, and
 * only a surrogate pair runs the sticky regex.
 */
export type ClassWidth = (text: string, i: number, c: number) => number;

/**
 * `unicodeClass` is the body of a character class such as `\p{N}`. The returned function
 * takes the text, a position and the code unit there, and gives 1 (a BMP member), 2 (a member
 * written as a surrogate pair) or 0.
 */
export function classWidth(unicodeClass: string): ClassWidth {
  const single = new RegExp(`^[${unicodeClass}]$`, 'u');
  const at = new RegExp(`[${unicodeClass}]`, 'uy');
  // Whether each BMP character is a member: 0 not yet known, 1 yes, 2 no.
  const bmp = new Uint8Array(0x10000);
  return (text, i, c) => {
    if (c < 0xd800 || c > 0xdfff) {
      let known = bmp[c] as number;
      if (known === 0) {
        known = single.test(text[i] as string) ? 1 : 2;
        bmp[c] = known;
      }
      return known === 1 ? 1 : 0;
    }
    at.lastIndex = i;
    return at.test(text) ? at.lastIndex - i : 0;
  };
}
