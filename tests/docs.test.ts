import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../src/index.js';
import { resolveSettings } from '../src/settings/resolve.js';
import { validateSettings } from '../src/settings/validate.js';

const root = path.join(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs');

type RuleId = keyof typeof rules;
const ids = Object.keys(rules) as RuleId[];

// ─── A small Markdown reader: headings and fenced code blocks, nothing more ───────────────

interface Heading {
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

interface CodeBlock {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The nearest heading of each level above the block: `headings[2]` is its `##` section. */
  readonly headings: Readonly<Record<number, string>>;
}

interface Doc {
  readonly text: string;
  readonly lines: readonly string[];
  readonly headings: readonly Heading[];
  readonly blocks: readonly CodeBlock[];
}

function readDoc(file: string): Doc {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  const current: Record<number, string> = {};
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    if (fence) {
      if (line.trim() === fence.marker) {
        blocks.push({ lang: fence.lang, code: fence.body.join('\n'), line: fence.line, headings: { ...current } });
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      return;
    }
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      fence = { marker: open[1]!, lang: open[2] ?? '', line: index + 1, body: [] };
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      headings.push({ level, text: heading[2]!, line: index + 1 });
      current[level] = heading[2]!;
      for (let deeper = level + 1; deeper <= 6; deeper++) delete current[deeper];
    }
  });
  if (fence) throw new Error(`${file}: code fence opened on line ${fence.line} is never closed`);
  return { text, lines, headings, blocks };
}

/** The text of a `##` section, up to the next `##` heading. */
function section(doc: Doc, title: string): string {
  const start = doc.headings.find((h) => h.level === 2 && h.text === title);
  if (!start) return '';
  const end = doc.headings.find((h) => h.level <= 2 && h.line > start.line);
  return doc.lines.slice(start.line, end ? end.line - 1 : undefined).join('\n');
}

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every relative link target in a doc, with the anchor split off. */
function relativeLinks(doc: Doc): { target: string; anchor: string | undefined }[] {
  const prose = doc.lines.filter((_, i) => !doc.blocks.some((b) => i + 1 >= b.line && i + 1 <= b.line + b.code.split('\n').length)).join('\n');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href))
    .map((href) => {
      const [target, anchor] = href.split('#', 2) as [string, string | undefined];
      return { target, anchor };
    });
}

function expectLinksResolve(file: string, doc: Doc): void {
  for (const { target, anchor } of relativeLinks(doc)) {
    const resolved = target === '' ? file : path.resolve(path.dirname(file), target);
    expect(fs.existsSync(resolved), `${path.relative(root, file)} links to ${target}, which does not exist`).toBe(true);
    if (anchor !== undefined && resolved.endsWith('.md') && fs.existsSync(resolved)) {
      const anchors = readDoc(resolved).headings.map((h) => anchorOf(h.text));
      expect(anchors, `${path.relative(root, file)} links to ${target}#${anchor}`).toContain(anchor);
    }
  }
}

// ─── Linting the examples: flat Linter, typescript-eslint parser untyped, recommended config ──

const linter = new Linter({ configType: 'flat' });
const lintConfig = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  plugin.configs.recommended,
] as unknown as Linter.Config[];

function lintExample(code: string): Linter.LintMessage[] {
  return linter.verify(code, lintConfig, 'example.ts');
}

/** The heading an example sits under decides what it must do: ❌ must be reported, ✅ must not. */
function verdictOf(block: CodeBlock): 'incorrect' | 'correct' | undefined {
  const nearest = [6, 5, 4, 3, 2].map((level) => block.headings[level]).find((text) => text !== undefined) ?? '';
  if (nearest.startsWith('❌')) return 'incorrect';
  if (nearest.startsWith('✅')) return 'correct';
  return undefined;
}

const requiredSections = [
  'Why it matters',
  'Examples',
  'What counts as personal data, a sink, a sanitizer',
  'Options',
  'Settings',
  'Type information',
  'How to suppress',
  'When not to use it / known limitations',
  'Related',
];

const extraSections: Readonly<Record<RuleId, readonly string[]>> = {
  'no-pii-in-logs': [],
  'no-pii-to-third-parties': ['Consent checks', 'Purposes'],
  'no-unencrypted-pii-storage': ['Sensitivity threshold', 'Password hashing'],
};

describe.each(ids)('docs/rules/%s.md', (id) => {
  const rule = rules[id];
  const file = path.join(docsDir, 'rules', `${id}.md`);
  const doc = fs.existsSync(file) ? readDoc(file) : undefined;
  const blocks = doc?.blocks ?? [];
  const examples = blocks.filter((block) => block.lang === 'ts' && verdictOf(block) !== undefined);

  it('exists', () => {
    expect(doc, `${file} is missing`).toBeDefined();
  });

  it('has the generated header: title, description, config and suggestion lines, end marker', () => {
    if (!doc) return;
    expect(doc.lines[0]).toBe(`# privacy/${id}`);
    const end = doc.lines.indexOf('<!-- end auto-generated rule header -->');
    expect(end).toBeGreaterThan(0);
    const header = doc.lines.slice(1, end).filter((line) => line.trim() !== '');
    expect(header).toEqual([
      `📝 ${rule.meta.docs?.description}.`,
      '💼 This rule is enabled in the ✅ `recommended` config.',
      '💡 This rule is manually fixable by [editor suggestions](https://eslint.org/docs/latest/use/core-concepts#rule-suggestions).',
    ]);
  });

  it('has the required sections, in order', () => {
    if (!doc) return;
    const h2 = doc.headings.filter((h) => h.level === 2).map((h) => h.text);
    for (const title of [...requiredSections, ...extraSections[id]]) expect(h2, `## ${title}`).toContain(title);
    const order = requiredSections.map((title) => h2.indexOf(title));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const examplesSection = section(doc, 'Examples');
    expect(examplesSection).toMatch(/^### ❌ Incorrect$/m);
    expect(examplesSection).toMatch(/^### ✅ Correct$/m);
    expect(examplesSection.indexOf('### ❌ Incorrect')).toBeLessThan(examplesSection.indexOf('### ✅ Correct'));
  });

  it('cites the regulation and the weaknesses', () => {
    if (!doc) return;
    const why = section(doc, 'Why it matters');
    for (const citation of ['Art. 5(1)(c)', 'Art. 5(1)(f)', 'Art. 25', 'Art. 32', 'Art. 9', 'CWE-359']) expect(why).toContain(citation);
    const specific: Record<RuleId, readonly string[]> = {
      'no-pii-in-logs': ['CWE-532', 'OWASP Logging Cheat Sheet'],
      'no-pii-to-third-parties': ['Art. 6', 'Art. 7', 'Art. 28', 'Art. 30', 'CCPA'],
      'no-unencrypted-pii-storage': ['CWE-312', 'CWE-315'],
    };
    for (const citation of specific[id]) expect(why).toContain(citation);
  });

  it('documents every schema option in the options table and in prose', () => {
    if (!doc) return;
    const options = section(doc, 'Options');
    const begin = options.indexOf('<!-- begin auto-generated rule options list -->');
    const end = options.indexOf('<!-- end auto-generated rule options list -->');
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(begin);
    const table = options.slice(begin, end);
    expect(table).toMatch(/\|\s*Name\s*\|\s*Description\s*\|\s*Type\s*\|\s*Default\s*\|/);
    const defaults = (rule.meta.defaultOptions?.[0] ?? {}) as Record<string, unknown>;
    for (const item of rule.meta.schema as readonly { properties?: Record<string, { description?: string; type?: string }> }[]) {
      for (const [name, property] of Object.entries(item.properties ?? {})) {
        const row = table.split('\n').find((line) => line.startsWith(`| \`${name}\``));
        expect(row, `options table row for ${name}`).toBeDefined();
        expect(row).toContain(property.description);
        expect(row?.toLowerCase()).toContain(String(property.type));
        expect(row).toContain(`\`${JSON.stringify(defaults[name])}\``);
        expect(options.slice(end), `prose about ${name}`).toContain(`\`${name}\``);
      }
    }
    expect(options).toMatch(new RegExp(`'privacy/${id}': \\['error', \\{ strict: true \\}\\]`));
  });

  it('explains suppression with a reason, and links the settings and the related docs', () => {
    if (!doc) return;
    expect(section(doc, 'How to suppress')).toContain(`// eslint-disable-next-line privacy/${id} -- `);
    expect(section(doc, 'How to suppress')).toContain('notPersonalData');
    expect(section(doc, 'Settings')).toContain('](../configuration.md)');
    expect(section(doc, 'What counts as personal data, a sink, a sanitizer')).toContain('](../taxonomy.md)');
    expect(section(doc, 'What counts as personal data, a sink, a sanitizer')).toContain('](../catalogue.md');
    const related = section(doc, 'Related');
    for (const other of ids.filter((other) => other !== id)) expect(related).toContain(`](${other}.md)`);
    expect(related).toContain('](../audit.md)');
  });

  it('has only relative links that resolve', () => {
    if (doc) expectLinksResolve(file, doc);
  });

  it('has at least one incorrect and one correct example', () => {
    expect(examples.filter((block) => verdictOf(block) === 'incorrect').length).toBeGreaterThan(0);
    expect(examples.filter((block) => verdictOf(block) === 'correct').length).toBeGreaterThan(0);
  });

  const cases = examples.map((block) => ({
    block,
    title: `line ${block.line} (${block.headings[3] ?? block.headings[2]}): ${block.code.split('\n').find((l) => l.trim() && !l.startsWith('import'))?.trim() ?? ''}`,
  }));
  it.each(cases)('example $title', ({ block }) => {
    const messages = lintExample(block.code);
    expect(messages.filter((m) => m.fatal), 'the example must parse').toEqual([]);
    const own = messages.filter((m) => m.ruleId === `privacy/${id}`).map((m) => `${m.line}:${m.column} ${m.message}`);
    if (verdictOf(block) === 'incorrect') {
      expect(own.length, `expected privacy/${id} to report:\n${block.code}`).toBeGreaterThan(0);
    } else {
      expect(own, `expected no privacy/${id} report:\n${block.code}`).toEqual([]);
    }
  });
});

describe('docs/configuration.md', () => {
  const file = path.join(docsDir, 'configuration.md');
  const doc = readDoc(file);
  const typesSource = fs.readFileSync(path.join(root, 'src', 'settings', 'types.ts'), 'utf8');
  const topLevelKeys = [...typesSource.matchAll(/^ {2}readonly (\w+)\??:/gm)].map((m) => m[1]!);
  const allKeys = [...new Set([...typesSource.matchAll(/^\s+readonly (\w+)\??:/gm)].map((m) => m[1]!))];

  it('the keys read from src/settings/types.ts are the keys the validator knows', () => {
    let problem = '';
    try {
      validateSettings({ '(unknown)': true });
    } catch (error) {
      problem = (error as Error).message;
    }
    const known = /known: (.*)$/.exec(problem)?.[1]?.split(', ') ?? [];
    expect(topLevelKeys.length).toBeGreaterThan(10);
    expect([...topLevelKeys].sort()).toEqual([...known].sort());
  });

  it('documents every settings key, nested ones too, each top-level key in its own section', () => {
    const missing = allKeys.filter((key) => !doc.text.includes(`\`${key}\``));
    expect(missing, 'settings keys not mentioned in docs/configuration.md').toEqual([]);
    const keyHeadings = doc.headings.filter((h) => h.level === 3 || h.level === 4).map((h) => h.text);
    const withoutSection = topLevelKeys.filter((key) => !keyHeadings.includes(`\`${key}\``));
    expect(withoutSection, 'settings keys without a ### or #### section of their own').toEqual([]);
  });

  it('covers flat config in ESM and CommonJS, both configs, typed linting, the auditor file and rule options', () => {
    for (const needle of [
      'privacy.configs.recommended',
      'privacy.configs.strict',
      "extends: ['privacy/recommended']",
      "require('eslint-plugin-privacy')",
      'module.exports',
      'projectService: true',
      'privacy.config.json',
      '--config',
      'Invalid privacy settings: settings.privacy.bogus is not a known setting',
      '{ strict: true }',
    ]) {
      expect(doc.text.includes(needle), `docs/configuration.md mentions ${needle}`).toBe(true);
    }
  });

  it('gives privacy.config.json examples that the validator accepts', () => {
    const json = doc.blocks.filter((block) => block.lang === 'json');
    expect(json.length).toBeGreaterThan(0);
    for (const block of json) expect(() => validateSettings(JSON.parse(block.code), 'privacy.config.json')).not.toThrow();
  });

  it('gives settings examples that the validator accepts', () => {
    // The full example: the object after `privacy:` in the block that sets `settings`.
    const full = doc.blocks.find((block) => block.lang === 'js' && /settings: \{\s*privacy: \{/.test(block.code));
    expect(full).toBeDefined();
    const start = full!.code.indexOf('{', full!.code.indexOf('privacy:'));
    let depth = 0;
    let end = start;
    for (; end < full!.code.length; end++) {
      if (full!.code[end] === '{') depth++;
      if (full!.code[end] === '}' && --depth === 0) break;
    }
    const settings = evaluate(full!.code.slice(start, end + 1));
    expect(Object.keys(settings as object).sort()).toEqual([...topLevelKeys].sort());
    expect(() => resolveSettings(settings)).not.toThrow();
    // One snippet per key: `firstPartyHosts: ['api.example.com']`.
    const snippets = doc.blocks.filter((block) => block.lang === 'js' && /^\w+: /.test(block.code));
    expect(snippets.length).toBeGreaterThanOrEqual(topLevelKeys.length);
    for (const block of snippets) {
      expect(() => resolveSettings(evaluate(`{ ${block.code} }`)), block.code).not.toThrow();
    }
  });

  it('has only relative links that resolve', () => {
    expectLinksResolve(file, doc);
  });
});

/** A JavaScript object literal from the docs (plain data only). */
function evaluate(literal: string): unknown {
  return new Function(`return (${literal});`)() as unknown;
}

describe('docs/catalogue.md', () => {
  const doc = fs.readFileSync(path.join(docsDir, 'catalogue.md'), 'utf8');

  it('lists every vendor API host the engine knows, with its vendor and purpose', async () => {
    const { vendorHosts } = await import('../src/engine/catalogue/vendor-hosts.js');
    const missing = vendorHosts.filter((entry) => !doc.includes(`| \`${entry.host}\` | ${entry.vendor} | ${entry.purpose} |`));
    expect(missing.map((entry) => entry.host)).toEqual([]);
  });
});
