import { createFlowRule } from '../src/eslint/flow-rule.js';

export default createFlowRule(
  'no-unencrypted-pii-storage',
  'Disallow personal data written in clear to browser storage, cookies, files, databases and caches',
);
