import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSettings, SettingsError, type ResolvedSettings } from '../settings/resolve.js';
import { ConfigError, firstLine } from './errors.js';
import type { LoadWarning } from './load-project.js';
import { isInside, relativePosix } from './paths.js';

/** Config files looked up in each folder, in this order. */
const privacyConfigName = 'privacy.config.json';
const eslintConfigNames = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs'];
const unsupportedEslintConfigNames = ['eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

export interface SettingsLookup {
  /** The settings for a file being analysed. */
  settingsFor(file: string): ResolvedSettings;
  /** The config files that were read, relative to the cwd (for the report's diagnostics). */
  readonly sources: readonly string[];
  readonly warnings: readonly LoadWarning[];
}

export interface SettingsOptions {
  readonly cwd: string;
  /** The audited directory (or file). */
  readonly root: string;
  /** `--config FILE`: privacy.config.json, or an ESLint flat config to take `settings.privacy` from. */
  readonly config?: string;
}

/**
 * Finds the settings of every file, like ESLint 10 finds its config: the nearest
 * `privacy.config.json`, else the nearest `eslint.config.{js,mjs,cjs}` (its `settings.privacy`),
 * looking from the file's folder up to the audited folder, or up to the working directory when
 * that contains it. `--config` overrides the lookup for every file.
 *
 * Reading an ESLint config means importing it, which runs the user's code (as ESLint does).
 */
export async function loadSettings(files: readonly string[], options: SettingsOptions): Promise<SettingsLookup> {
  const cwd = path.resolve(options.cwd);
  const show = (file: string): string => relativePosix(cwd, file);
  if (options.config !== undefined) {
    const configFile = path.resolve(cwd, options.config);
    if (!fs.existsSync(configFile)) throw new ConfigError(`config file not found: ${options.config}`);
    const explicitWarnings: LoadWarning[] = [];
    const settings = await readSettingsFile(configFile, show, explicitWarnings);
    return { settingsFor: () => settings, sources: [show(configFile)], warnings: explicitWarnings };
  }

  const rootDir = fs.statSync(options.root).isDirectory() ? options.root : path.dirname(options.root);
  const stopDir = isInside(cwd, rootDir) ? cwd : rootDir;
  const warnings: LoadWarning[] = [];
  const configOfDir = new Map<string, string | undefined>();
  const findConfig = (dir: string): string | undefined => {
    if (configOfDir.has(dir)) return configOfDir.get(dir);
    let found: string | undefined;
    const own = [privacyConfigName, ...eslintConfigNames].map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
    if (own) found = own;
    else {
      const unsupported = unsupportedEslintConfigNames.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
      if (unsupported) {
        warnings.push({ file: unsupported, message: `settings.privacy in ${show(unsupported)} is not read (TypeScript config); default settings are used. Use --config privacy.config.json.` });
      }
      const parent = path.dirname(dir);
      found = unsupported || dir === stopDir || parent === dir || !isInside(stopDir, parent) ? undefined : findConfig(parent);
    }
    configOfDir.set(dir, found);
    return found;
  };

  const configOfFile = new Map(files.map((file) => [file, findConfig(path.dirname(file))]));
  const settingsOfConfig = new Map<string, ResolvedSettings>();
  for (const configFile of [...new Set(configOfFile.values())].filter((file): file is string => file !== undefined).sort()) {
    settingsOfConfig.set(configFile, await readSettingsFile(configFile, show, warnings));
  }
  const defaults = toResolved(undefined, 'settings.privacy', 'the default settings');
  return {
    settingsFor: (file) => {
      const configFile = configOfFile.get(file) ?? findConfig(path.dirname(file));
      return (configFile !== undefined ? settingsOfConfig.get(configFile) : undefined) ?? defaults;
    },
    sources: [...settingsOfConfig.keys()].map(show),
    warnings,
  };
}

async function readSettingsFile(file: string, show: (file: string) => string, warnings: LoadWarning[]): Promise<ResolvedSettings> {
  if (file.endsWith('.json')) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`cannot parse ${show(file)}: ${firstLine(error)}`);
    }
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && '$schema' in raw) {
      const { $schema: _schema, ...rest } = raw as Record<string, unknown>;
      raw = rest; // editors' schema hint, not a setting
    }
    return toResolved(raw, path.basename(file), show(file));
  }
  return toResolved(await privacySettingsOfEslintConfig(file, show, warnings), 'settings.privacy', show(file));
}

function toResolved(raw: unknown, at: string, shown: string): ResolvedSettings {
  try {
    return resolveSettings(raw, at);
  } catch (error) {
    if (error instanceof SettingsError) throw new ConfigError(`invalid settings in ${shown}: ${firstLine(error)}`);
    throw error;
  }
}

/** Imports an ESLint flat config and merges the `settings.privacy` of its config objects, in order. */
async function privacySettingsOfEslintConfig(file: string, show: (file: string) => string, warnings: LoadWarning[]): Promise<unknown> {
  let exported: unknown;
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    exported = await module.default;
  } catch (error) {
    // A CI checkout before `npm ci`: the config imports plugins that are not installed yet (an
    // ES module's import, or a CommonJS config's require). The audit goes on with default
    // settings and says so; a config that fails otherwise is an error.
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      warnings.push({ file, message: `settings.privacy in ${show(file)} is not read (${firstLine(error)}); default settings are used. Install the project's dependencies or use --config privacy.config.json.` });
      return undefined;
    }
    throw new ConfigError(`cannot load ${show(file)} to read settings.privacy: ${firstLine(error)} (use --config privacy.config.json instead)`);
  }
  let merged: Record<string, unknown> | undefined;
  const visit = (entry: unknown): void => {
    if (Array.isArray(entry)) {
      entry.forEach(visit);
      return;
    }
    if (typeof entry !== 'object' || entry === null) return;
    const privacy = (entry as { settings?: { privacy?: unknown } }).settings?.privacy;
    if (privacy === undefined) return;
    if (typeof privacy !== 'object' || privacy === null || Array.isArray(privacy)) {
      merged = privacy as Record<string, unknown>; // let the validator say what is wrong
      return;
    }
    merged = { ...(merged ?? {}), ...(privacy as Record<string, unknown>) };
  };
  visit(exported);
  return merged;
}
