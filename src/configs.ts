import type { FlatConfig } from '@typescript-eslint/utils/ts-eslint';
import type { rules } from '../rules/index.js';

type RuleId = keyof typeof rules;
interface PrivacyPlugin {
  readonly rules: typeof rules;
}

/** Configs derived from rule meta: no hand-kept lists. */
export function buildConfigs(plugin: PrivacyPlugin) {
  const ids = Object.keys(plugin.rules) as RuleId[];
  const recommended = Object.fromEntries(
    ids.filter((id) => plugin.rules[id].meta.docs?.recommended === true).map((id) => [`privacy/${id}`, 'error']),
  ) as FlatConfig.Rules;
  // strict adds the heuristics that trade precision for recall.
  const strict = Object.fromEntries(ids.map((id) => [`privacy/${id}`, ['error', { strict: true }]])) as FlatConfig.Rules;
  return {
    recommended: { name: 'privacy/recommended', plugins: { privacy: plugin as unknown as FlatConfig.Plugin }, rules: recommended },
    strict: { name: 'privacy/strict', plugins: { privacy: plugin as unknown as FlatConfig.Plugin }, rules: strict },
  } satisfies Record<string, FlatConfig.Config>;
}
