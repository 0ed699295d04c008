import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/engine/messages.js';

describe('relativePath (the file named in a cross-file source line)', () => {
  it('names a file in a subfolder from its parent', () => {
    expect(relativePath('/p/src/file.ts', '/p/src/lib/helpers.ts')).toBe('lib/helpers.ts');
  });
  it('climbs out of the linted file\'s folder', () => {
    expect(relativePath('/p/src/users/service.ts', '/p/src/lib/helpers.ts')).toBe('../lib/helpers.ts');
  });
  it('names a sibling by its file name', () => {
    expect(relativePath('/p/src/a.ts', '/p/src/b.ts')).toBe('b.ts');
  });
  it('reads Windows separators as /', () => {
    expect(relativePath('C:\\p\\src\\a.ts', 'C:\\p\\lib\\b.ts')).toBe('../lib/b.ts');
  });
});
