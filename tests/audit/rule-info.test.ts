import { describe, expect, it } from 'vitest';
import { repositoryUrlOf } from '../../src/package-info.js';
import { ruleIds } from '../../src/audit/result.js';
import { ruleInfo } from '../../src/audit/rule-info.js';
import { rules } from '../../rules/index.js';

describe('rule metadata for SARIF', () => {
  it('matches the ESLint rules: same ids, same descriptions', () => {
    expect(ruleIds.map((id) => id.slice('privacy/'.length)).sort()).toEqual(Object.keys(rules).sort());
    for (const id of ruleIds) {
      const rule = rules[ruleInfo[id].name as keyof typeof rules];
      expect(ruleInfo[id].description, id).toBe(rule.meta.docs?.description);
    }
  });

  it('normalises package.json repository fields to a GitHub URL', () => {
    expect(repositoryUrlOf({ type: 'git', url: 'git+https://github.com/acme/privacy.git' })).toBe('https://github.com/acme/privacy');
    expect(repositoryUrlOf('github:acme/privacy')).toBe('https://github.com/acme/privacy');
    expect(repositoryUrlOf('acme/privacy')).toBe('https://github.com/acme/privacy');
    expect(repositoryUrlOf(undefined)).toBe('https://github.com/eslint-plugin-privacy/eslint-plugin-privacy');
  });
});
