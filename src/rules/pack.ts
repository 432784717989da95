import { isLabel, type RuleSpec } from '../types.js';
import { checkRegexSafety } from './safety.js';

/** A rule pack that cannot be used; the message names the pack and the entry. */
export class RulePackError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'RulePackError';
  }
}

/**
 * Parse and check a JSON rule pack: either an array of rules or `{ "rules": [...] }`.
 * Every problem is reported with the pack's name and the entry's index and id.
 */
export function parseRulePack(json: string, source: string): RuleSpec[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RulePackError(source, `invalid JSON: ${(error as Error).message}`);
  }
  const entries = Array.isArray(data) ? data : (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(entries)) {
    throw new RulePackError(source, 'expected an array of rules or an object with a "rules" array');
  }
  return entries.map((entry, index) => checkEntry(entry, `${source}`, index));
}

function checkEntry(entry: unknown, source: string, index: number): RuleSpec {
  const where = (id?: unknown) => `rule ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new RulePackError(source, `${where()}: expected an object`);
  }
  const rule = entry as Record<string, unknown>;
  const fail = (message: string): never => {
    throw new RulePackError(source, `${where(rule.id)}: ${message}`);
  };
  if (typeof rule.id !== 'string' || rule.id.trim() === '') fail('"id" must be a non-empty string');
  if (!isLabel(rule.label))
    fail(`unknown label ${JSON.stringify(rule.label)} (use body, byline, disclaimer or chrome)`);
  if (typeof rule.pattern !== 'string' || rule.pattern === '') fail('"pattern" must be a non-empty string');
  if (rule.flags !== undefined && (typeof rule.flags !== 'string' || !/^[imsu]*$/.test(rule.flags))) {
    fail('"flags" may only use i, m, s and u');
  }
  if (typeof rule.weight !== 'number' || !Number.isFinite(rule.weight)) fail('"weight" must be a number');
  if (rule.reason !== undefined && typeof rule.reason !== 'string') fail('"reason" must be a string');
  if (
    rule.languages !== undefined &&
    !(Array.isArray(rule.languages) && rule.languages.every((code) => typeof code === 'string'))
  ) {
    fail('"languages" must be an array of language codes');
  }
  let pattern: RegExp | undefined;
  try {
    pattern = new RegExp(rule.pattern as string, (rule.flags as string | undefined) ?? 'iu');
  } catch (error) {
    fail(`invalid regular expression: ${(error as Error).message}`);
  }
  // A pack's own examples are checked on load, as the tests check the built-in rules.
  const examples = rule.examples as { match?: unknown; noMatch?: unknown } | undefined;
  // A pack is untrusted input: a pattern that backtracks catastrophically could hang a batch.
  const safety = checkRegexSafety(pattern as RegExp, { examples: asStrings(examples?.match) });
  if (!safety.safe) fail(`unsafe regular expression: ${safety.reason}`);
  for (const line of asStrings(examples?.match)) {
    if (!pattern?.test(line.trim())) fail(`pattern does not match its example ${JSON.stringify(line)}`);
  }
  for (const line of asStrings(examples?.noMatch)) {
    if (pattern?.test(line.trim())) fail(`pattern matches its counter-example ${JSON.stringify(line)}`);
  }
  return {
    id: rule.id as string,
    label: rule.label as RuleSpec['label'],
    pattern: rule.pattern as string,
    flags: (rule.flags as string | undefined) ?? 'iu',
    weight: rule.weight as number,
    reason: (rule.reason as string | undefined) ?? `matched user rule ${rule.id as string}`,
    ...(rule.languages ? { languages: rule.languages as string[] } : {}),
    ...(rule.examples ? { examples: rule.examples as RuleSpec['examples'] } : {}),
  };
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
