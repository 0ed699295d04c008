import { it } from 'vitest';
import { loadProjects } from '../../src/audit/load-project.js';
const root = new URL('../fixtures/projects/', import.meta.url).pathname;
it('x', () => {
  for (const name of ['cross-file', 'monorepo', 'js-only', 'no-tsconfig', 'syntax-error', 'well-known']) {
    const t = Date.now();
    const r = loadProjects({ cwd: root + name });
    console.log(name, Date.now() - t, r.warnings, r.programs.map((p) => [p.tsconfig, p.files.map((f) => f.fileName.replace(root, ''))]));
  }
  try { loadProjects({ cwd: root + 'broken-tsconfig' }); } catch (e) { console.log(String(e)); }
});
