import type { ESLintUtils as ESLintUtilsType } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';

// `require`, not `import`: importing this CommonJS package from ESM makes Node lex every
// module it re-exports, a cold-start cost paid by every lint run.
const { ESLintUtils } = createRequire(import.meta.url)('@typescript-eslint/utils') as { ESLintUtils: typeof ESLintUtilsType };

export interface PrivacyRuleDocs {
  /** In `configs.recommended`. */
  recommended?: boolean;
  /** False for every rule: they work untyped, and type information only adds findings. */
  requiresTypeChecking?: boolean;
}

export const docsUrl = (id: string) => `https://github.com/eslint-plugin-privacy/eslint-plugin-privacy/blob/main/docs/rules/${id}.md`;

export const createRule = ESLintUtils.RuleCreator<PrivacyRuleDocs>(docsUrl);
