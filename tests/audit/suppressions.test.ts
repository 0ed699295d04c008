import { describe, expect, it } from 'vitest';
import { parseSuppressions, scanComments, suppressionsFromComments } from '../../src/engine/suppressions.js';

const logs = 'privacy/no-pii-in-logs';
const thirdParties = 'privacy/no-pii-to-third-parties';

describe('parseSuppressions', () => {
  it('honours eslint-disable-next-line with a rule list and a -- reason', () => {
    const s = parseSuppressions([
      'const a = 1;',
      `// eslint-disable-next-line ${logs}, ${thirdParties} -- reviewed: debug only`,
      'console.log(user.email);',
      'console.log(user.email);',
    ].join('\n'));
    expect(s.isSuppressed(logs, 3)).toBe(true);
    expect(s.isSuppressed(thirdParties, 3)).toBe(true);
    expect(s.isSuppressed('privacy/no-unencrypted-pii-storage', 3)).toBe(false);
    expect(s.isSuppressed(logs, 4)).toBe(false);
    expect(s.isSuppressed(logs, 2)).toBe(false);
  });

  it('treats a directive without rules as every rule, also before a -- reason', () => {
    const s = parseSuppressions('// eslint-disable-next-line -- legacy\nx(user.email);\n');
    expect(s.isSuppressed(logs, 2)).toBe(true);
    expect(s.isSuppressed(thirdParties, 2)).toBe(true);
  });

  it('honours eslint-disable-line in line and one-line block comments', () => {
    const s = parseSuppressions([
      `console.log(user.email); // eslint-disable-line ${logs}`,
      `console.log(user.email); /* eslint-disable-line ${logs} -- why */`,
      'console.log(user.email);',
    ].join('\n'));
    expect(s.isSuppressed(logs, 1)).toBe(true);
    expect(s.isSuppressed(logs, 2)).toBe(true);
    expect(s.isSuppressed(logs, 3)).toBe(false);
  });

  it('applies a block eslint-disable-next-line to the line after the comment ends', () => {
    const s = parseSuppressions(`/* eslint-disable-next-line\n   ${logs} */\nconsole.log(user.email);\n`);
    expect(s.isSuppressed(logs, 3)).toBe(true);
    expect(s.isSuppressed(logs, 2)).toBe(false);
  });

  it('ignores a multi-line eslint-disable-line, as ESLint does', () => {
    const s = parseSuppressions(`console.log(user.email); /* eslint-disable-line\n ${logs} */\n`);
    expect(s.isSuppressed(logs, 1)).toBe(false);
  });

  it('honours eslint-disable / eslint-enable ranges for named rules', () => {
    const s = parseSuppressions([
      'a();',
      `/* eslint-disable ${logs} -- legacy module */`,
      'b();',
      'c();',
      `/* eslint-enable ${logs} */`,
      'd();',
    ].join('\n'));
    expect(s.isSuppressed(logs, 1)).toBe(false);
    expect(s.isSuppressed(logs, 3)).toBe(true);
    expect(s.isSuppressed(logs, 4)).toBe(true);
    expect(s.isSuppressed(thirdParties, 3)).toBe(false);
    expect(s.isSuppressed(logs, 6)).toBe(false);
  });

  it('honours a whole-file /* eslint-disable */ and re-enabling one rule', () => {
    const s = parseSuppressions([`/* eslint-disable */`, 'a();', `/* eslint-enable ${logs} */`, 'b();'].join('\n'));
    expect(s.isSuppressed(logs, 2)).toBe(true);
    expect(s.isSuppressed(thirdParties, 2)).toBe(true);
    expect(s.isSuppressed(logs, 4)).toBe(false);
    expect(s.isSuppressed(thirdParties, 4)).toBe(true);
  });

  it('compares positions on the line of a range directive', () => {
    const s = parseSuppressions(`a(); /* eslint-disable ${logs} */ b();\n`);
    expect(s.isSuppressed(logs, 1, 1)).toBe(false);
    expect(s.isSuppressed(logs, 1, 40)).toBe(true);
  });

  it('ignores eslint-disable in a line comment (ESLint only reads it in block comments)', () => {
    const s = parseSuppressions(`// eslint-disable ${logs}\nconsole.log(user.email);\n`);
    expect(s.isSuppressed(logs, 2)).toBe(false);
  });

  it('does not read directives inside strings, templates or regular expressions', () => {
    const text = [
      `const a = "// eslint-disable-next-line ${logs}";`,
      'x(a);',
      `const b = \`/* eslint-disable */ \${'// eslint-disable-line'}\`;`,
      'const c = /\\/\\/ eslint-disable-line/.test(a);',
      'y(b, c); // a real comment',
    ].join('\n');
    const s = parseSuppressions(text);
    expect(s.isSuppressed(logs, 2)).toBe(false);
    expect(s.isSuppressed(logs, 3)).toBe(false);
    expect(s.isSuppressed(logs, 4)).toBe(false);
    expect(scanComments(text).map((c) => c.value)).toEqual([' a real comment']);
  });

  it('skips a shebang and handles CRLF line endings', () => {
    const s = parseSuppressions(`#!/usr/bin/env node\r\n// eslint-disable-next-line ${logs}\r\nconsole.log(user.email);\r\n`);
    expect(s.isSuppressed(logs, 3)).toBe(true);
  });

  it('does not match look-alike directives', () => {
    const s = parseSuppressions(`// eslint-disable-next-lines ${logs}\nx();\n// eslint-disabled\ny();\n`);
    expect(s.isSuppressed(logs, 2)).toBe(false);
    expect(s.isSuppressed(logs, 4)).toBe(false);
  });

  it('accepts comments a parser already found (the ESLint front end)', () => {
    const s = suppressionsFromComments([{ kind: 'line', value: ` eslint-disable-next-line ${logs}`, line: 4, column: 1, endLine: 4 }]);
    expect(s.isSuppressed(logs, 5)).toBe(true);
  });
});
