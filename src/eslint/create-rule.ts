import { ESLintUtils } from '@typescript-eslint/utils';

export interface PrivacyRuleDocs {
  /** In `configs.recommended`. */
  recommended?: boolean;
  /** False for every rule: they work untyped, and type information only adds findings. */
  requiresTypeChecking?: boolean;
}

export const docsUrl = (id: string) => `https://github.com/eslint-plugin-privacy/eslint-plugin-privacy/blob/main/docs/rules/${id}.md`;

export const createRule = ESLintUtils.RuleCreator<PrivacyRuleDocs>(docsUrl);
