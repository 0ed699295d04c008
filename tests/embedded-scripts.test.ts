import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

// Single-file components: the parser (vue-eslint-parser, with or without typescript-eslint for
// the script) hands over only the <script> part, while ESLint places reports in the whole file.
// Every finding must point at its place in the .vue file, name the right lines, and its
// suggestion must edit the right characters.

const component = (lang: 'ts' | 'js') => `<template>
  <p>{{ user.email }}</p>
</template>

<script setup${lang === 'ts' ? ' lang="ts"' : ''}>
import posthog from 'posthog-js';
import { redact } from './redact';
const props = ${lang === 'ts' ? 'defineProps<{ user: { email: string; id: string } }>()' : 'defineProps({ user: Object })'};
console.log('shown', props.user.email);
posthog.capture('view', { email: props.user.email });
localStorage.setItem('last-email', props.user.email);
console.log('shown', props.user.id);
</script>
`;

function lintVue(text: string, scriptParser?: unknown) {
  const linter = new Linter();
  const config = {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: scriptParser ? { parser: scriptParser, sourceType: 'module' } : { sourceType: 'module' } },
    plugins: { privacy: plugin },
    rules: plugin.configs.recommended.rules,
  };
  return linter.verify(text, [config] as unknown as Linter.Config[], { filename: 'UserCard.vue' });
}

describe('a .vue single-file component', () => {
  it.each([
    ['<script lang="ts"> with typescript-eslint', 'ts', tsParser],
    ['<script> with the default parser', 'js', undefined],
  ] as const)('%s: findings are placed in the .vue file, lines named as in it', (_label, lang, scriptParser) => {
    const text = component(lang);
    const messages = lintVue(text, scriptParser);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const placed = messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(placed).toEqual([
      '9:22 privacy/no-pii-in-logs',
      '10:34 privacy/no-pii-to-third-parties',
      '11:36 privacy/no-unencrypted-pii-storage',
    ]);
    expect(messages[0]!.message).toContain('from `props.user.email` (line 9)');
    const fix = messages[0]!.suggestions?.[0]?.fix;
    expect(fix).toBeDefined();
    const fixed = text.slice(0, fix!.range[0]) + fix!.text + text.slice(fix!.range[1]);
    expect(fixed.split('\n')[8]).toBe("console.log('shown', redact(props.user.email));");
  });
});
