import { describe, expect, it } from 'vitest';
import { mentionsPersonalData } from '../../src/engine/mentions.js';
import { piiTypes } from '../../src/engine/taxonomy/data.js';
import { resolveSettings } from '../../src/settings/resolve.js';

const settings = resolveSettings(undefined);
const mentions = (text: string, withSettings = settings) => mentionsPersonalData(text, withSettings);

describe('mentionsPersonalData: the pre-check that lets the engine skip a file', () => {
  it.each([
    ['a property of a person', 'logger.info(user.email);'],
    ['a camelCase identifier', 'const dateOfBirth = input();'],
    ['SCREAMING_CASE', 'const DATE_OF_BIRTH = 1;'],
    ['a string key with spaces', "send(form['date of birth']);"],
    ['a kebab-case string', "headers.get('x-phone-number');"],
    ['a getter call', 'track(account.getPhoneNumber());'],
    ['a value suffix after the data', 'const emailRaw = read();'],
    ['a digit after the data', 'const phone2 = read();'],
    ['a ciphertext marker after the data', 'class Row { ssnEnc!: string }'],
    ['a word said of a person only (`name`)', 'log(item.name);'],
    ['a JSDoc @pii marker on a field with an ordinary name', 'class A { /** @pii */ note!: string }'],
  ])('%s', (_label, text) => {
    expect(mentions(text)).toBe(true);
  });

  it.each([
    ['arithmetic on orders', 'export const total = (items: Item[]) => items.reduce((sum, i) => sum + i.price * i.quantity, 0);'],
    ['a word of personal data inside a longer name that is not the data', 'const emailTemplateId = 4; const phoneVerified = true;'],
    ['plumbing', "import { Router } from 'express'; export const router = Router(); router.get('/status', (_req, res) => res.send('ok'));"],
    ['an empty file', ''],
  ])('nothing personal: %s', (_label, text) => {
    expect(mentions(text)).toBe(false);
  });

  it('honours a project\'s ciphertext markers (encryptedFieldPrefixes) after the data', () => {
    expect(mentions('class Row { ssnSealed!: string }')).toBe(false);
    expect(mentions('class Row { ssnSealed!: string }', resolveSettings({ encryptedFieldPrefixes: ['sealed'] }))).toBe(true);
  });

  it('sees the names a project adds in settings.privacy.personalData', () => {
    const custom = resolveSettings({ personalData: { kundenNummer: 'contact.phone' } });
    expect(mentions('save(member.kundenNummer);', custom)).toBe(true);
    expect(mentions('save(member.kundenNummer);')).toBe(false);
  });

  // The scan is only safe if it is never stricter than the classifier: every name the classifier
  // calls personal, in any spelling and context, must make its file count as mentioning it.
  it('is true for every taxonomy phrase, in every spelling the classifier accepts', () => {
    const spellings = (phrase: string) => {
      const words = phrase.split(/[\s-]+/).filter(Boolean);
      const camel = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
      return [
        camel, words.join('_').toUpperCase(), `'${words.join(' ')}'`, `"${words.join('-')}"`,
        `customer.${camel}`, `get${camel[0]!.toUpperCase()}${camel.slice(1)}()`, `${camel}Raw`, `${camel}2`, `enc_${words.join('_')}`,
      ];
    };
    const missed: string[] = [];
    for (const type of piiTypes) {
      for (const phrase of [...type.names, ...(type.subjectNames ?? [])]) {
        for (const text of spellings(phrase)) {
          const name = text.replace(/^customer\.|\(\)$|['"]/g, '');
          const classified = settings.names.classify(name, { personSubject: true }) ?? settings.names.classify(name, { personSubject: true, isCall: true });
          if (classified && !mentions(`use(${text});`)) missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
