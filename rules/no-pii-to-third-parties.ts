import { flowMessages } from '../src/engine/messages.js';
import { createRule } from '../src/eslint/create-rule.js';
import {
  invalidSettingsMessage, reportFlows, type ReportMessageId, type RuleOptions, ruleOptionsSchema, wrapInRedactorMessage,
} from '../src/eslint/report-flows.js';

export default createRule<[RuleOptions], ReportMessageId>({
  name: 'no-pii-to-third-parties',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow personal data sent to analytics, advertising, monitoring or unknown hosts without a consent check', recommended: true },
    hasSuggestions: true,
    messages: {
      ...flowMessages,
      wrapInRedactor: wrapInRedactorMessage,
      invalidSettings: invalidSettingsMessage,
    },
    schema: ruleOptionsSchema,
    defaultOptions: [{ strict: false }],
  },
  create(context, [options]) {
    return { Program: () => reportFlows(context, 'no-pii-to-third-parties', options) };
  },
});
