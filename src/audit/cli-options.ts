import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { formatNames, type FormatName } from './report/index.js';
import { failOnValues, type FailOn } from './exit-code.js';

export interface CliOptions {
  readonly path?: string;
  readonly project?: string;
  readonly config?: string;
  readonly format: FormatName;
  readonly output?: string;
  readonly baseline?: string;
  readonly updateBaseline: boolean;
  readonly failOn: FailOn;
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly version: boolean;
  readonly help: boolean;
  readonly debug: boolean;
}

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly value?: string;
  readonly description: string;
}

/** The one option table: parsing and `--help` both come from it. */
const optionSpecs = {
  project: { type: 'string', short: 'p', value: 'tsconfig', description: 'Use this tsconfig (or folder holding one) instead of discovering tsconfigs under the path' },
  config: { type: 'string', short: 'c', value: 'file', description: 'Privacy settings: privacy.config.json, or an ESLint config to read settings.privacy from' },
  format: { type: 'string', short: 'f', value: 'name', description: `Report format: ${formatNames.join(', ')} (default: text)` },
  output: { type: 'string', short: 'o', value: 'file', description: 'Write the report to a file; stdout then gets one summary line' },
  baseline: { type: 'string', value: 'file', description: 'Accept the findings listed in this baseline; only new ones are reported and fail' },
  'update-baseline': { type: 'boolean', description: 'Write the baseline (--baseline file, default privacy-baseline.json) with every current finding' },
  'fail-on': { type: 'string', value: 'level', description: `Exit 1 on findings at or above: ${failOnValues.join(', ')} (default: error)` },
  strict: { type: 'boolean', description: 'Also report heuristic flows (as warnings)' },
  quiet: { type: 'boolean', short: 'q', description: 'Findings only: no data-flow summary, no diagnostics, no progress' },
  version: { type: 'boolean', short: 'v', description: 'Print the version' },
  help: { type: 'boolean', short: 'h', description: 'Print this help' },
  debug: { type: 'boolean', description: 'Print stack traces of internal errors' },
} as const satisfies Record<string, OptionSpec>;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(Object.entries(optionSpecs).map(([name, spec]) => [
        name, 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type },
      ])) as { [K in keyof typeof optionSpecs]: { type: (typeof optionSpecs)[K]['type'] } },
    });
  } catch (error) {
    // Node's message goes on about positionals starting with '-': keep the first sentence.
    throw new UsageError((error as Error).message.split('\n', 1)[0]!.replace(/\. To specify a positional.*$/, '.'));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one path, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format as string | undefined) ?? 'text';
  if (!formatNames.includes(format as FormatName)) throw new UsageError(`--format must be one of ${formatNames.join(', ')}; got ${format}`);
  const failOn = (values['fail-on'] as string | undefined) ?? 'error';
  if (!failOnValues.includes(failOn as FailOn)) throw new UsageError(`--fail-on must be one of ${failOnValues.join(', ')}; got ${failOn}`);
  const text = (name: keyof typeof optionSpecs): string | undefined => {
    const value = values[name] as string | undefined;
    if (value === '') throw new UsageError(`--${name} needs a value`);
    return value;
  };
  return {
    path: positionals[0],
    project: text('project'),
    config: text('config'),
    format: format as FormatName,
    output: text('output'),
    baseline: text('baseline'),
    updateBaseline: values['update-baseline'] === true,
    failOn: failOn as FailOn,
    strict: values.strict === true,
    quiet: values.quiet === true,
    version: values.version === true,
    help: values.help === true,
    debug: values.debug === true,
  };
}

export function helpText(): string {
  const rows = Object.entries(optionSpecs).map(([name, spec]: [string, OptionSpec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` <${spec.value}>` : ''}`;
    return `  ${flag.padEnd(30)} ${spec.description}`;
  });
  return `Usage: privacy-audit [path] [options]

Finds personal data that reaches logs, third parties without consent, or storage in clear,
across the whole project, and summarises where personal data goes.

  path                           File or folder to audit (default: the current folder)

Options:
${rows.join('\n')}

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or project error.

Examples:
  privacy-audit                                   audit the current folder, text report
  privacy-audit src --format sarif -o privacy.sarif
  privacy-audit --project tsconfig.app.json --baseline privacy-baseline.json
  privacy-audit --update-baseline                 accept today's findings (writes privacy-baseline.json)
  privacy-audit --format html -o privacy-report.html

Docs: docs/audit.md
`;
}
