/**
 * `--format explain`: every input line with the label it got, the rule that decided and how
 * sure the classifier is, aligned in columns for people reading a terminal:
 *
 *     12 chrome     paywall/subscribe  0.97 │ Subscribe now…
 *
 * Dropped lines are dimmed. Colour comes from the chalk instance handed in, which is at level
 * 0 whenever colour is off, so the same code produces the plain view.
 */
import type { ChalkInstance } from 'chalk';
import type { Label, LineDecision } from '../types.js';

const LABEL_WIDTH = 10;

const LABEL_COLORS: Record<Label, 'green' | 'cyan' | 'yellow' | 'red'> = {
  body: 'green',
  byline: 'cyan',
  disclaimer: 'yellow',
  chrome: 'red',
};

/** Below this the classifier is not very sure; the number is highlighted. */
const UNSURE = 0.6;

/** The explain view of one input, one output line per input line. */
export function explainLines(
  decisions: readonly LineDecision[],
  kept: ReadonlySet<Label>,
  chalk: ChalkInstance,
): string {
  const numberWidth = Math.max(4, String(decisions.length).length);
  const ruleWidth = Math.max(0, ...decisions.map((decision) => decision.ruleId.length));
  let out = '';
  for (const decision of decisions) {
    const number = String(decision.line).padStart(numberWidth);
    const label = chalk[LABEL_COLORS[decision.label]](decision.label.padEnd(LABEL_WIDTH));
    const rule = chalk.dim(decision.ruleId.padEnd(ruleWidth));
    const confidence = decision.confidence.toFixed(2);
    const sure = decision.confidence < UNSURE ? chalk.yellow(confidence) : confidence;
    const text = visible(decision.text);
    const shown = kept.has(decision.label) ? text : chalk.dim(text);
    out += `${number} ${label} ${rule}  ${sure} ${chalk.dim('│')} ${shown}\n`;
  }
  return out;
}

/** The heading above each input when several are explained to the same place. */
export function explainHeading(path: string, first: boolean, chalk: ChalkInstance): string {
  return `${first ? '' : '\n'}${chalk.bold(path)}\n`;
}

/** Said after the lines when the classifier decided that a paywall cut the article short. */
export function explainTruncated(chalk: ChalkInstance): string {
  return `${chalk.yellow('     (truncated: a paywall prompt shows the article was cut short)')}\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Article text can hold control characters, and this view goes to terminals: show them as
 * `\xNN` instead of letting an ESC sequence repaint the screen.
 */
function visible(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
