import type { RuleName } from '../engine/findings.js';
import { flowMessages } from '../engine/messages.js';
import { createRule } from './create-rule.js';
import {
  invalidSettingsMessage, reportFlows, type ReportMessageId, type RuleOptions, ruleOptionsSchema, wrapInRedactorMessage,
} from './report-flows.js';

/**
 * The three rules differ only in the kind of sink they report: each is this rule over the
 * file's one shared analysis, filtered to its own flows.
 */
export function createFlowRule(name: RuleName, description: string) {
  return createRule<[RuleOptions], ReportMessageId>({
    name,
    meta: {
      type: 'problem',
      docs: { description, recommended: true },
      hasSuggestions: true,
      messages: {
        ...flowMessages,
        wrapInRedactor: wrapInRedactorMessage,
        invalidSettings: invalidSettingsMessage,
      },
      schema: ruleOptionsSchema,
      defaultOptions: [{ strict: false }],
    },
    create(context, [options = {}]) {
      return { Program: () => reportFlows(context, name, options) };
    },
  });
}
