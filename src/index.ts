import type { FlatConfig } from '@typescript-eslint/utils/ts-eslint';
import { rules } from '../rules/index.js';
import { buildConfigs } from './configs.js';
import { packageInfo } from './package-info.js';

const name = 'eslint-plugin-privacy';
const { version } = packageInfo();

const plugin = {
  meta: { name, version, namespace: 'privacy' },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
} satisfies FlatConfig.Plugin;

// The configs reference the plugin itself.
Object.assign(plugin.configs, buildConfigs(plugin));

export default plugin;
// `require('eslint-plugin-privacy')` from CommonJS (Node ≥ 20.19) yields the plugin, not `{ default }`.
export { plugin as 'module.exports' };
