import { RuleTester } from '@typescript-eslint/rule-tester';
import path from 'node:path';

export const typedRoot = path.join(import.meta.dirname, 'fixtures', 'typed');

/** typescript-eslint's parser without type information. */
export const untypedTester = () => new RuleTester();

/** Typed linting through the project service, on tests/fixtures/typed. */
export const typedTester = () =>
  new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: typedRoot } } });

/** Every invalid case states messageId, data and the exact location. */
export const strictAssertions = { requireLocation: true, requireData: true } as const;
