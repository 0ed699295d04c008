import { createFlowRule } from '../src/eslint/flow-rule.js';

export default createFlowRule(
  'no-pii-to-third-parties',
  'Disallow personal data sent to analytics, advertising, monitoring or unknown hosts without a consent check',
);
