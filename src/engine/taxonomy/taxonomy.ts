import type { CategoryRef } from '../findings.js';
import { joinPhrase } from '../words.js';
import type { PiiType } from './types.js';

export interface PhraseEntry {
  readonly type: PiiType;
  /** The phrase as written in the taxonomy (`email address`). */
  readonly phrase: string;
  /** Only personal when said of a person (`user.name`). */
  readonly subjectOnly: boolean;
}

/**
 * The taxonomy, indexed for matching: joined phrase → entry. Built once per settings object
 * (built-ins plus the project's `categories` and `personalData`).
 */
export class Taxonomy {
  readonly types: readonly PiiType[];
  private readonly phrases = new Map<string, PhraseEntry>();
  private readonly byId = new Map<string, PiiType>();
  /** The longest phrase, in joined characters, bounds the window search. */
  readonly maxPhraseWords: number;

  constructor(types: readonly PiiType[], extraNames: Readonly<Record<string, string>> = {}) {
    this.types = types;
    let maxWords = 1;
    for (const type of types) {
      this.byId.set(type.id, type);
      for (const phrase of type.names) maxWords = Math.max(maxWords, this.add(type, phrase, false));
      for (const phrase of type.subjectNames ?? []) maxWords = Math.max(maxWords, this.add(type, phrase, true));
    }
    for (const [name, id] of Object.entries(extraNames)) {
      const type = this.byId.get(id);
      if (type) this.phrases.set(joinPhrase(name), { type, phrase: name, subjectOnly: false });
    }
    this.maxPhraseWords = maxWords + 1;
  }

  private add(type: PiiType, phrase: string, subjectOnly: boolean): number {
    const key = joinPhrase(phrase);
    // First definition wins so that data order decides ties deterministically.
    if (!this.phrases.has(key)) this.phrases.set(key, { type, phrase, subjectOnly });
    return phrase.split(' ').length;
  }

  lookup(joined: string): PhraseEntry | undefined {
    return this.phrases.get(joined);
  }

  /** Every phrase, joined (`emailaddress`): what `lookup` accepts. */
  joinedPhrases(): IterableIterator<string> {
    return this.phrases.keys();
  }

  get(id: string): PiiType | undefined {
    return this.byId.get(id);
  }
}

export function categoryRef(type: PiiType): CategoryRef {
  return { id: type.id, label: type.label, group: type.group, sensitivity: type.sensitivity };
}
