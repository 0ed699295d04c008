// Lints the example shop with eslint-plugin-privacy, with type information, the way a user
// project would. From the repository root: `npx eslint examples/shop` (ESLint 10 uses the config
// file nearest to each linted file). `eslint-plugin-privacy` resolves to this repository's build
// through the package's own `exports` (a self-reference), so run `npm install` (or build) first.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import privacy from 'eslint-plugin-privacy';

export default defineConfig([
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      // Typed linting: cross-file flows (the logger.ts wrapper, trackSignup) and whole-object types.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    extends: [privacy.configs.recommended],
    settings: {
      privacy: {
        // Our own API host is first party: sending the user's data there is not sharing it.
        firstPartyHosts: ['api.shop.example.com'],
      },
    },
  },
]);
