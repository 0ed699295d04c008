import type { TSESLint } from '@typescript-eslint/utils';
import type { RuleName } from '../engine/findings.js';
import { type FlowMessageId, messageDataOf, messageIdOf } from '../engine/messages.js';
import { analysisFor } from './analysis-for-context.js';

export interface RuleOptions {
  /** Also report what only the strict config reports: low-sensitivity data, unknown hosts. */
  readonly strict?: boolean;
}

export type ReportMessageId = FlowMessageId | 'wrapInRedactor' | 'invalidSettings';

/**
 * The whole of a rule's `create`: take the file's shared analysis, keep this rule's
 * violations, report each with its message, location and suggestion.
 */
export function reportFlows(
  context: Readonly<TSESLint.RuleContext<ReportMessageId, readonly [RuleOptions]>>,
  rule: RuleName,
  options: RuleOptions,
): void {
  const result = analysisFor(context);
  if ('settingsError' in result) {
    context.report({ loc: { line: 1, column: 0 }, messageId: 'invalidSettings', data: { problem: result.settingsError } });
    return;
  }
  const sourceCode = context.sourceCode;
  for (const flow of result.analysis.flows) {
    if (flow.rule !== rule || flow.status !== 'violation' || (flow.heuristic && !options.strict)) continue;
    const data = messageDataOf(flow);
    const fix = flow.fix;
    context.report({
      loc: { start: sourceCode.getLocFromIndex(flow.span.start), end: sourceCode.getLocFromIndex(flow.span.end) },
      messageId: messageIdOf(flow),
      data,
      suggest: fix
        ? [{
            messageId: 'wrapInRedactor',
            data: { source: data.source, redactor: fix.helper },
            fix: (fixer) => fixer.replaceTextRange([fix.start, fix.end], fix.replacement),
          }]
        : [],
    });
  }
}

export const invalidSettingsMessage = 'Invalid privacy settings: {{problem}}. See docs/configuration.md.';
export const wrapInRedactorMessage = 'Pass `{{source}}` through `{{redactor}}()` first.';

export const ruleOptionsSchema = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      strict: {
        type: 'boolean',
        description: 'Also report low-sensitivity data (IP address, city, user agent), calls to hosts the analysis cannot resolve, and what database writes report only in strict mode.',
      },
    },
  },
] as const;
