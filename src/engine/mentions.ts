import type { ResolvedSettings } from '../settings/resolve.js';
import { defaultEncryptedFieldPrefixes } from './models/shared.js';
import type { Taxonomy } from './taxonomy/taxonomy.js';
import { valueSuffixes } from './vocabulary.js';
import { splitWords } from './words.js';

/**
 * Whether a file's text could name personal data at all: some run of its words (in identifiers,
 * property keys, string contents or comments) spells a phrase of the taxonomy, or a JSDoc `@pii`
 * marker is present.
 *
 * Every personal value the engine finds within one file starts at such a name: a name it
 * classifies is a run of consecutive words of the text (split as `splitWords` splits a name), and
 * classification only ever looks up runs of at most `maxPhraseWords` words. So a file for which
 * this says `false` has no flows of its own, and one scan of its text saves walking it. The scan
 * over-approximates: runs that cross two tokens, or sit in a comment, count too.
 *
 * A name ends where a run of letters and digits ends (`emailTemplateId` does not end at `email`),
 * except before the words a name may carry after the data, `trailing`: value suffixes and digits
 * (`emailRaw`, `phone2`) and ciphertext markers (`ssnEnc`).
 */
export function mentionsPersonalData(text: string, settings: ResolvedSettings): boolean {
  if (text.includes('@pii')) return true;
  const taxonomy = settings.taxonomy;
  const trailing = trailingWordsOf(settings);
  const suffixes = phraseSuffixesOf(taxonomy);
  const span = taxonomy.maxPhraseWords;
  const recent: string[] = new Array<string>(span).fill(''); // the last `span` words, a ring
  let next = 0;

  /** Whether a phrase ends with the newest word: the window grows back while it still ends one. */
  const endsPhrase = (word: string): boolean => {
    let joined = word;
    let slot = next === 0 ? span - 1 : next - 1; // the newest word's
    for (let back = 1; ; back++) {
      if (taxonomy.lookup(joined)) return true;
      if (back >= span) return false;
      slot = slot === 0 ? span - 1 : slot - 1;
      joined = recent[slot] + joined;
      if (!suffixes.has(joined)) return false;
    }
  };

  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (!isAlphanumeric(code)) {
      index++;
      continue;
    }
    const start = index;
    let lowercase = true;
    while (index < length && isAlphanumeric((code = text.charCodeAt(index)))) {
      if (code < 97) lowercase = false; // digits and capitals (a-z are 97–122): split it properly
      index++;
    }
    const run = text.slice(start, index);
    if (lowercase) {
      recent[next] = run;
      if (++next === span) next = 0;
      if (suffixes.has(run) && endsPhrase(run)) return true;
      continue;
    }
    const words = splitWords(run);
    // Where the run's trailing words start: a phrase must end just before, or later.
    let tail = words.length;
    while (tail > 0 && isTrailing(words[tail - 1]!, trailing)) tail--;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      recent[next] = word;
      if (++next === span) next = 0;
      if (w >= tail - 1 && suffixes.has(word) && endsPhrase(word)) return true;
    }
  }
  return false;
}

const trailingWords = new WeakMap<ResolvedSettings, ReadonlySet<string>>();

/** The words a name may carry after the data: value suffixes (`emailRaw`) and ciphertext markers (`ssnEnc`). */
function trailingWordsOf(settings: ResolvedSettings): ReadonlySet<string> {
  let words = trailingWords.get(settings);
  if (!words) {
    words = new Set([...valueSuffixes, ...(settings.raw.encryptedFieldPrefixes ?? defaultEncryptedFieldPrefixes).flatMap((name) => splitWords(name))]);
    trailingWords.set(settings, words);
  }
  return words;
}

const phraseSuffixes = new WeakMap<Taxonomy, ReadonlySet<string>>();

/** Every ending of every joined phrase (`email` → `email`, `mail`, `ail`, `il`, `l`). */
function phraseSuffixesOf(taxonomy: Taxonomy): ReadonlySet<string> {
  let suffixes = phraseSuffixes.get(taxonomy);
  if (!suffixes) {
    const all = new Set<string>();
    for (const joined of taxonomy.joinedPhrases()) {
      for (let start = 0; start < joined.length; start++) all.add(joined.slice(start));
    }
    phraseSuffixes.set(taxonomy, (suffixes = all));
  }
  return suffixes;
}

function isTrailing(word: string, trailing: ReadonlySet<string>): boolean {
  const first = word.charCodeAt(0);
  return trailing.has(word) || (first >= 48 && first <= 57);
}

function isAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
