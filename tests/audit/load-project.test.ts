import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectError } from '../../src/audit/errors.js';
import { loadProjects, type LoadedProjects } from '../../src/audit/load-project.js';
import { copyFixture, fixture, tempDir } from './helpers.js';

function filesOf(loaded: LoadedProjects, root: string): string[] {
  return loaded.programs.flatMap((p) => p.files.map((f) => path.relative(root, f.fileName).split(path.sep).join('/'))).sort();
}

describe('loadProjects', () => {
  it('loads the nearest tsconfig of a folder, without its .d.ts files, with a checker', () => {
    const root = fixture('cross-file');
    const loaded = loadProjects({ cwd: root });
    expect(loaded.programs).toHaveLength(1);
    expect(loaded.programs[0]!.tsconfig).toBe(path.join(root, 'tsconfig.json'));
    expect(filesOf(loaded, root)).toEqual([
      'src/analytics.ts', 'src/app.ts', 'src/consent.ts', 'src/landing.ts', 'src/logger.ts', 'src/masking.ts',
      'src/session-store.ts', 'src/signup.ts', 'src/user.ts',
    ]);
    // The project's own .d.ts shims (ambient `declare module 'pino'`) are in the Program too.
    const program = loaded.programs[0]!;
    expect(program.program.getSourceFiles().some((f) => f.fileName.endsWith('.d.ts') && !f.fileName.includes('node_modules'))).toBe(true);
  });

  it('walks up to the nearest tsconfig for a file and analyses only that file', () => {
    const root = fixture('cross-file');
    const loaded = loadProjects({ cwd: root, path: 'src/signup.ts' });
    expect(filesOf(loaded, root)).toEqual(['src/signup.ts']);
    expect(loaded.programs[0]!.tsconfig).toBe(path.join(root, 'tsconfig.json'));
  });

  it('loads every tsconfig of a monorepo, follows solution references, falls back on a missing extends, and keeps stray files', () => {
    const root = copyFixture('monorepo');
    // Build output and dependencies, created here because .gitignore keeps them out of the repository.
    fs.mkdirSync(path.join(root, 'packages/api/dist'), { recursive: true });
    fs.writeFileSync(path.join(root, 'packages/api/dist/users.js'), 'console.log(customer.email);\n');
    fs.mkdirSync(path.join(root, 'node_modules/leaky'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules/leaky/index.js'), 'console.log(user.email);\n');
    const loaded = loadProjects({ cwd: root });
    expect(loaded.programs.map((p) => p.tsconfig && path.relative(root, p.tsconfig))).toEqual([
      'packages/api/tsconfig.json', 'packages/web/tsconfig.json', undefined,
    ]);
    expect(filesOf(loaded, root)).toEqual(['packages/api/src/users.ts', 'packages/web/src/profile.ts', 'scripts/seed.ts']);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]!.file).toBe(path.join(root, 'packages/web/tsconfig.json'));
    expect(loaded.warnings[0]!.message).toMatch(/@acme\/tsconfig-base.*not found.*default compiler options/);
  });

  it('follows --project to a solution tsconfig and its references', () => {
    const root = fixture('monorepo');
    const loaded = loadProjects({ cwd: root, project: 'tsconfig.json' });
    expect(filesOf(loaded, root)).toEqual(['packages/api/src/users.ts', 'packages/web/src/profile.ts']);
  });

  it('loads a TS-5-era tsconfig (moduleResolution node, baseUrl) despite TypeScript 6 deprecations', () => {
    const root = fixture('monorepo');
    const loaded = loadProjects({ cwd: root, path: 'packages/api' });
    expect(filesOf(loaded, root)).toEqual(['packages/api/src/users.ts']);
    expect(loaded.warnings).toEqual([]);
  });

  it('analyses .js, .mjs and .cjs files of an allowJs/checkJs project', () => {
    const root = fixture('js-only');
    expect(filesOf(loadProjects({ cwd: root }), root)).toEqual(['src/legacy.cjs', 'src/login.js', 'src/phone.mjs']);
  });

  it('uses default options for a folder without a tsconfig', () => {
    const root = tempDir('no-tsconfig');
    fs.cpSync(fixture('no-tsconfig'), root, { recursive: true });
    const loaded = loadProjects({ cwd: root });
    expect(loaded.programs).toHaveLength(1);
    expect(loaded.programs[0]!.tsconfig).toBeUndefined();
    expect(loaded.programs[0]!.program.getCompilerOptions().allowJs).toBe(true);
    expect(filesOf(loaded, root)).toEqual(['lib/app.js', 'lib/greeting.ts', 'lib/view.jsx']);
  });

  it('does not skip dot-folders such as .well-known (which tsconfig include globs leave out)', () => {
    const root = fixture('well-known');
    expect(filesOf(loadProjects({ cwd: root }), root)).toEqual(['src/.well-known/webfinger.ts', 'src/index.ts']);
  });

  it('keeps a file that does not parse', () => {
    const root = fixture('syntax-error');
    expect(filesOf(loadProjects({ cwd: root }), root)).toEqual(['src/broken.ts', 'src/fine.ts']);
  });

  it('reports a broken tsconfig below the audited folder and analyses its files with default options', () => {
    const root = tempDir('broken-below');
    fs.mkdirSync(path.join(root, 'packages/good/src'), { recursive: true });
    fs.mkdirSync(path.join(root, 'packages/bad/src'), { recursive: true });
    fs.writeFileSync(path.join(root, 'packages/good/tsconfig.json'), '{ "include": ["src"] }\n');
    fs.writeFileSync(path.join(root, 'packages/good/src/a.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(root, 'packages/bad/tsconfig.json'), '{ "compilerOptions": { "strict": true, } oops }\n');
    fs.writeFileSync(path.join(root, 'packages/bad/src/b.ts'), 'export const b = 2;\n');
    const loaded = loadProjects({ cwd: root });
    expect(filesOf(loaded, root)).toEqual(['packages/bad/src/b.ts', 'packages/good/src/a.ts']);
    expect(loaded.programs.map((p) => p.tsconfig && path.relative(root, p.tsconfig))).toEqual(['packages/good/tsconfig.json', undefined]);
    expect(loaded.warnings.map((w) => path.relative(root, w.file))).toEqual(['packages/bad/tsconfig.json']);
    expect(loaded.warnings[0]!.message).toMatch(/^cannot read .*tsconfig\.json: .*Its files are analysed with default compiler options\.$/);
  });

  it('rejects bad input with a one-line ProjectError', () => {
    const cases: [() => unknown, RegExp][] = [
      [() => loadProjects({ cwd: fixture('cross-file'), path: 'does-not-exist' }), /^path not found: does-not-exist$/],
      [() => loadProjects({ cwd: fixture('broken-tsconfig') }), /^cannot read tsconfig\.json: .*\(line 3, column \d+\)$/],
      [() => loadProjects({ cwd: fixture('cross-file'), project: 'nope.json' }), /^tsconfig not found: nope\.json$/],
      [() => loadProjects({ cwd: fixture('cross-file'), path: 'README.md' }), /^not a TypeScript or JavaScript source file: README\.md$/],
      [() => loadProjects({ cwd: tempDir('empty') }), /^no TypeScript or JavaScript source files under/],
    ];
    for (const [load, message] of cases) {
      let error: unknown;
      try {
        load();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ProjectError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('rejects a tsconfig whose root is not an object, and an unknown compiler option, naming the file', () => {
    const root = tempDir('bad-options');
    fs.writeFileSync(path.join(root, 'a.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '[1]');
    expect(() => loadProjects({ cwd: root })).toThrow(/^cannot read tsconfig\.json: The root value of a 'tsconfig\.json' file must be an object/);
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{ "compilerOptions": { "stricter": true } }');
    expect(() => loadProjects({ cwd: root })).toThrow(/^invalid tsconfig\.json: Unknown compiler option 'stricter'/);
  });
});
