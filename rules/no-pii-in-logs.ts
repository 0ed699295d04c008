import { createFlowRule } from '../src/eslint/flow-rule.js';

export default createFlowRule(
  'no-pii-in-logs',
  'Disallow personal data reaching a log sink unless it was redacted, masked or hashed',
);
