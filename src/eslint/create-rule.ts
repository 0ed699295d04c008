import type { TSESLint } from '@typescript-eslint/utils';

export interface PrivacyRuleDocs {
  /** In `configs.recommended`. */
  recommended?: boolean;
  /** False for every rule: they work untyped, and type information only adds findings. */
  requiresTypeChecking?: boolean;
}

export const docsUrl = (id: string) => `https://github.com/eslint-plugin-privacy/eslint-plugin-privacy/blob/main/docs/rules/${id}.md`;

type RuleMeta<MessageIds extends string, Options extends readonly unknown[]> =
  Omit<TSESLint.RuleMetaData<MessageIds, PrivacyRuleDocs, Options>, 'docs'> & {
    docs: Omit<TSESLint.RuleMetaDataDocs & PrivacyRuleDocs, 'url'>;
    defaultOptions: Options;
  };

export interface PrivacyRule<MessageIds extends string, Options extends readonly unknown[]>
  extends TSESLint.RuleModule<MessageIds, Options, PrivacyRuleDocs> {
  readonly name: string;
}

/**
 * A rule with its docs URL. ESLint itself merges `meta.defaultOptions` into `context.options`
 * (since 9.15), so, unlike typescript-eslint's `RuleCreator`, nothing is merged again per file.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(rule: {
  name: string;
  meta: RuleMeta<MessageIds, Options>;
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
}): PrivacyRule<MessageIds, Options> {
  const { name, meta, create } = rule;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } },
    create: (context) => create(context, context.options as Options),
  };
}
