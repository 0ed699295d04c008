import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/run-audit.js';
import { tempDir } from './helpers.js';

describe('AI model providers in the auditor', () => {
  it('lists an AI model provider that receives personal data as a recipient (Art. 30), with no finding', async () => {
    const dir = tempDir('ai-providers');
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{}');
    fs.writeFileSync(path.join(dir, 'draft.ts'), [
      "import OpenAI from 'openai';",
      'const openai = new OpenAI();',
      'export async function draft(user: { email: string }) {',
      "  return openai.chat.completions.create({ model: 'gpt-5', messages: [{ role: 'user', content: `Write to ${user.email}` }] });",
      '}',
      '',
    ].join('\n'));
    const result = await runAudit({ cwd: dir });
    expect(result.findings).toEqual([]);
    expect(result.flows.map((f) => [f.status, f.sink.vendor, f.sink.purpose, f.line])).toEqual([['permitted', 'OpenAI', 'ai', 4]]);
    expect(result.inventory.recipients.map((r) => [r.name, r.purpose, r.categories])).toEqual([['OpenAI', 'ai', ['contact.email']]]);
  });
});
