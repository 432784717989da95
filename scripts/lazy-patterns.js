/**
 * Part of `npm run build` (called by scripts/bundle.js): makes each built-in rule's pattern in
 * dist/rules when it is first read instead of when its module loads.
 *
 * V8 parses a regex when the regex is made, and a pattern with Unicode classes takes about
 * 0.1 ms: the ~170 patterns of the rule families cost a one-file run about 10 ms before it
 * read a line, although most of them never meet a line they could match (the literal index
 * skips them; see src/rules/matcher.ts). The sources keep their patterns as plain values,
 * which is what a reader and the tests want; here, in the compiled output only, each
 * `pattern: <regex>` of a rule's object literal becomes `get pattern() { return <regex>; }`.
 * The compiled rule (src/rules/compile.ts) reads it on the first line it is tried on.
 *
 * A pattern is rewritten when its value is a regex literal, `new RegExp(…)` or a call (the
 * Hindi pack's helper): expressions with no side effects, so reading one later gives the same
 * regex. test/build-output.test.ts checks that every built-in pattern reads the same after
 * the rewrite.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Rewrite every rule module in `dir` (and its packs/) in place; returns how many patterns. */
export function makeRulePatternsLazy(dir) {
  let count = 0;
  for (const file of ruleModules(dir)) {
    const source = readFileSync(file, 'utf8');
    const { text, rewritten } = lazyPatterns(source, file);
    if (rewritten > 0) writeFileSync(file, text);
    count += rewritten;
  }
  return count;
}

function ruleModules(dir) {
  const inDir = (folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .map((name) => path.join(folder, name));
  return [...inDir(dir), ...inDir(path.join(dir, 'packs'))];
}

/** The module's text with its `pattern:` values turned into getters. */
export function lazyPatterns(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (isPatternValue(node, file)) edits.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let text = source;
  // From the end, so that the earlier offsets still hold.
  for (const property of edits.sort((a, b) => b.getStart(file) - a.getStart(file))) {
    const value = property.initializer.getText(file);
    text = `${text.slice(0, property.getStart(file))}get pattern() { return ${value}; }${text.slice(property.end)}`;
  }
  return { text, rewritten: edits.length };
}

function isPatternValue(node, file) {
  if (!ts.isPropertyAssignment(node) || node.name.getText(file) !== 'pattern') return false;
  const value = node.initializer;
  if (ts.isRegularExpressionLiteral(value) || ts.isCallExpression(value)) return true;
  return ts.isNewExpression(value) && value.expression.getText(file) === 'RegExp';
}
