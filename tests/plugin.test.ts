import tsParser from '@typescript-eslint/parser';
import { Ajv } from 'ajv';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../src/index.js';

const root = path.join(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

type RuleId = keyof typeof rules;
const ids = Object.keys(rules).sort() as RuleId[];

/** File names in `dir` that end with `suffix`, without it, sorted. */
function idsIn(dir: string, suffix: string, except: readonly string[] = []): string[] {
  return fs
    .readdirSync(path.join(root, dir))
    .filter((file) => file.endsWith(suffix) && !except.includes(file))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
}

// The plugin's types come from @typescript-eslint/utils; ESLint's own config types differ in
// detail (STYLE.md §7), so the configs are handed to ESLint through its own type.
const asConfig = (config: unknown) => config as Linter.Config;
const tsFiles = asConfig({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });

function eslintWith(...configs: unknown[]): ESLint {
  return new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configs.map(asConfig) });
}

async function lint(eslint: ESLint, code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages;
}

describe('rule ids', () => {
  it('rules/*.ts, rules/index.ts, rule.name, docs/rules/*.md and tests/rules/*.test.ts name the same rules', () => {
    expect(idsIn('rules', '.ts', ['index.ts'])).toEqual(ids);
    expect(ids.map((id) => rules[id].name)).toEqual(ids);
    expect(idsIn('docs/rules', '.md')).toEqual(ids);
    expect(idsIn('tests/rules', '.test.ts')).toEqual(ids);
  });

  it('the plugin exposes exactly the rules of rules/index.ts', () => {
    expect(plugin.rules).toBe(rules);
  });
});

describe.each(ids)('rule meta: %s', (id) => {
  const rule = rules[id];
  const { meta } = rule;

  it('is a problem with a description, a docs URL and suggestions', () => {
    expect(meta.type).toBe('problem');
    expect(meta.docs?.description).toMatch(/^[A-Z].*[^.]$/);
    expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(meta.docs?.requiresTypeChecking).not.toBe(true);
    expect(meta.hasSuggestions).toBe(true);
    expect(Object.keys(meta.messages)).toEqual(expect.arrayContaining(['invalidSettings', 'wrapInRedactor']));
  });

  it('has an object schema whose every property is described', () => {
    const schema = meta.schema;
    expect(Array.isArray(schema)).toBe(true);
    if (!Array.isArray(schema)) return;
    expect(schema.length).toBeGreaterThan(0);
    for (const item of schema) {
      expect(item).toMatchObject({ type: 'object', additionalProperties: false });
      const properties = Object.entries((item as { properties?: Record<string, { description?: unknown }> }).properties ?? {});
      expect(properties.length).toBeGreaterThan(0);
      for (const [name, property] of properties) {
        expect(typeof property.description, `${id} option ${name}`).toBe('string');
        expect(String(property.description).length).toBeGreaterThan(10);
      }
    }
  });

  it('has meta.defaultOptions that validate against the schema', () => {
    const defaults = meta.defaultOptions;
    expect(defaults).toBeDefined();
    const validate = new Ajv({ strict: false }).compile({ type: 'array', items: meta.schema, minItems: 0 } as object);
    expect(validate(defaults), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('configs', () => {
  it('recommended enables exactly the rules with docs.recommended, as errors', () => {
    const expected = Object.fromEntries(
      ids.filter((id) => rules[id].meta.docs?.recommended === true).map((id) => [`privacy/${id}`, 'error']),
    );
    expect(ids.every((id) => rules[id].meta.docs?.recommended === true)).toBe(true);
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(plugin.configs.recommended.name).toBe('privacy/recommended');
    expect(plugin.configs.recommended.plugins.privacy).toBe(plugin);
  });

  it('strict enables every rule with { strict: true }', () => {
    expect(plugin.configs.strict.rules).toEqual(
      Object.fromEntries(ids.map((id) => [`privacy/${id}`, ['error', { strict: true }]])),
    );
    expect(plugin.configs.strict.name).toBe('privacy/strict');
    expect(plugin.configs.strict.plugins.privacy).toBe(plugin);
  });

  it('set no files, parser or language options, so users compose them', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(Object.keys(config).sort()).toEqual(['name', 'plugins', 'rules']);
    }
  });
});

describe('plugin meta', () => {
  it('has the namespace privacy and the package name and version', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'privacy' });
  });
});

describe('loading in ESLint 10', () => {
  const leak = 'console.log(user.email);';

  it('reports with configs.recommended as a flat config element', async () => {
    const messages = await lint(eslintWith(tsFiles, plugin.configs.recommended), leak, 'x.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'privacy/no-pii-in-logs', messageId: 'piiReachesLog', line: 1, column: 13 });
  });

  it("reports with defineConfig and extends: ['privacy/recommended']", async () => {
    const config = defineConfig([tsFiles, asConfig({ plugins: { privacy: plugin }, extends: ['privacy/recommended'] })]);
    const messages = await lint(eslintWith(...config), leak, 'x.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.ruleId).toBe('privacy/no-pii-in-logs');
  });

  it('reports the same finding in a .js file parsed by espree', async () => {
    const [ts] = await lint(eslintWith(tsFiles, plugin.configs.recommended), leak, 'x.ts');
    const js = await lint(eslintWith(plugin.configs.recommended), leak, 'x.js');
    expect(js).toHaveLength(1);
    expect(js[0]).toMatchObject({ ruleId: ts?.ruleId, message: ts?.message, line: ts?.line, column: ts?.column, endColumn: ts?.endColumn });
  });

  it('can be required from CommonJS (dist build)', () => {
    const entry = path.join(root, 'dist', 'src', 'index.js');
    expect(fs.existsSync(entry), `${entry} is missing: run npm run build`).toBe(true);
    const out = execFileSync(process.execPath, ['-e', `const p = require(${JSON.stringify(entry)}); console.log(Object.keys(p).join(','))`], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('meta,rules,configs');
  });

  it('reports invalid settings.privacy once per rule, naming the key, without crashing', async () => {
    const messages = await lint(eslintWith(tsFiles, plugin.configs.recommended, { settings: { privacy: { bogus: 1 } } }), leak, 'x.ts');
    expect(messages.map((m) => m.ruleId).sort()).toEqual(ids.map((id) => `privacy/${id}`));
    for (const message of messages) {
      expect(message).toMatchObject({ messageId: 'invalidSettings', line: 1, column: 1, severity: 2 });
      expect(message.message).toMatch(/^Invalid privacy settings: settings\.privacy\.bogus is not a known setting/);
    }
  });

  it('rejects an unknown rule option with a configuration error naming the rule and the option', async () => {
    const eslint = eslintWith(tsFiles, plugin.configs.recommended, { rules: { 'privacy/no-pii-in-logs': ['error', { nope: true }] } });
    const error = await lint(eslint, leak, 'x.ts').then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('Key "privacy/no-pii-in-logs"');
    expect(message).toContain('Unexpected property "nope". Expected properties: "strict".');
  });

  it("gives ESLint's parse error, marked fatal, for a file that does not parse", async () => {
    const messages = await lint(eslintWith(tsFiles, plugin.configs.recommended), 'console.log(user.email', 'x.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(messages[0]?.message).toMatch(/^Parsing error: /);
  });
});
