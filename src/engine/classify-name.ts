import type { PiiType } from './taxonomy/types.js';
import type { Taxonomy } from './taxonomy/taxonomy.js';
import {
  getterVerbs,
  kinWords,
  nonPersonQualifiers,
  nonValuePrefixes,
  personSubjects,
  technicalQualifiers,
  thingNameQualifiers,
  treeKinQualifiers,
  valueSuffixes,
} from './vocabulary.js';
import { splitWords } from './words.js';

export interface NameClassification {
  readonly type: PiiType;
  /** The words of the name that matched, e.g. `email address`. */
  readonly matched: string;
  /** One sentence: which word and which entry. */
  readonly reason: string;
}

export interface NameContext {
  /** The value is said of a person: `user.name`, `{ name } = customer`, a field of type `Patient`. */
  readonly personSubject: boolean;
  /** The name is a called function's (`getEmail()`): leading getter verbs are dropped. */
  readonly isCall?: boolean;
}

export interface NameClassifier {
  classify(name: string, context: NameContext): NameClassification | undefined;
}

/** Builds the name classifier for one taxonomy plus the project's `notPersonalData`. */
export function createNameClassifier(taxonomy: Taxonomy, notPersonal: readonly string[] = []): NameClassifier {
  const excluded = new Set(notPersonal.map((name) => splitWords(name).join('')));
  const cache = new Map<string, NameClassification | null>();
  return {
    classify(name, context) {
      const key = `${context.personSubject ? 1 : 0}${context.isCall ? 1 : 0}${name}`;
      let result = cache.get(key);
      if (result === undefined) {
        result = classifyWords(taxonomy, splitWords(name), context, excluded) ?? null;
        cache.set(key, result);
      }
      return result ?? undefined;
    },
  };
}

function classifyWords(
  taxonomy: Taxonomy,
  allWords: readonly string[],
  context: NameContext,
  excluded: ReadonlySet<string>,
): NameClassification | undefined {
  let words = allWords;
  if (words.length === 0 || excluded.has(words.join(''))) return undefined;
  if (context.isCall) {
    if (words.length > 1 && getterVerbs.has(words[0]!)) words = words.slice(1);
    else return undefined;
    // `getFolderIdByName()`, `findAccountByEmail()`: a lookup returns what it finds, not its key.
    const by = words.indexOf('by');
    if (by === 0) return undefined;
    if (by > 0) words = words.slice(0, by);
  }
  // `isEmail`, `hasPhone`, `numEmails`: a flag, a count or an action.
  if (words.length > 1 && nonValuePrefixes.has(words[0]!)) return undefined;

  // The whole name first (`healthData`, `contactDetails` are phrases of their own), then without
  // trailing words that keep the meaning (`emailRaw`, `phone2`).
  let end = words.length;
  let match = longestPhraseEndingAt(taxonomy, words, end);
  while (!match && end > 1 && (valueSuffixes.has(words[end - 1]!) || /^\d+$/.test(words[end - 1]!))) {
    end--;
    match = longestPhraseEndingAt(taxonomy, words, end);
  }
  if (!match) return undefined;
  const { entry, start } = match;
  const before = start > 0 ? words[start - 1] : undefined;
  // `tagName`, `className`, `user.fieldName`, `tableFullName`, `columnDisplayName`: the name of a
  // thing in code, even said of a person.
  if (before !== undefined && thingNameQualifiers.has(before) && (words[end - 1] === 'name' || words[end - 1] === 'names')) return undefined;
  const personPrefix = words.slice(0, start).filter((word, i) => isPersonWordAt(words, i));
  const aboutPerson = context.personSubject || personPrefix.length > 0;
  if (entry.subjectOnly && !aboutPerson) return undefined;
  // `parentConditions`, `childTreatment`: a kinship word is as often a tree's (a parent
  // experiment's targeting conditions); with a word that is health data only of a person, two
  // readings that each need context make no special-category finding.
  if (entry.subjectOnly && entry.type.special && !context.personSubject && personPrefix.every((word) => kinWords.has(word))) return undefined;
  // `supportEmail`, `fromAddress`: the organisation's, unless said of a person (`lead.contactEmail`).
  if (before !== undefined && nonPersonQualifiers.has(before) && !context.personSubject) return undefined;
  // `postgresPassword`, `mcpClientName`, `serviceAccountEmail`: a system's, not a person's.
  const systemWord = before !== undefined && (technicalQualifiers.has(before) || (personSubjects.has(before) && start > 1 && technicalQualifiers.has(words[start - 2]!)));
  if (systemWord && !context.personSubject) return undefined;
  const matched = words.slice(start, end).join(' ');
  const why = entry.subjectOnly ? ` (said of a person)` : '';
  return {
    type: entry.type,
    matched,
    reason: `the word${end - start > 1 ? 's' : ''} "${matched}" name${end - start > 1 ? '' : 's'} ${entry.type.label.toLowerCase()} (${entry.type.id})${why}`,
  };
}

function longestPhraseEndingAt(taxonomy: Taxonomy, words: readonly string[], end: number) {
  // The phrase must end the name (after value suffixes), so the last word decides:
  // `emailTemplateId`, `emailVerified`, `smtpHost`, `passwordHash` are not the data.
  for (let start = Math.max(0, end - taxonomy.maxPhraseWords); start < end; start++) {
    const entry = taxonomy.lookup(words.slice(start, end).join(''));
    if (entry) return { entry, start };
  }
  return undefined;
}

/** Whether a receiver name speaks of a person (`user`, `currentCustomer`, `req.user`; not `httpClient`). */
export function isPersonSubjectName(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && isPersonWordAt(words, words.length - 1);
}

/** A person word that is not a piece of software or a system account: `client`, not `mcpClient`. */
function isPersonWordAt(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (!personSubjects.has(word) || index === 0) return personSubjects.has(word);
  const previous = words[index - 1]!;
  // `firstElementChild`, `lastChild`: a node of a tree, not somebody's child.
  if (kinWords.has(word) && treeKinQualifiers.has(previous)) return false;
  return !technicalQualifiers.has(previous);
}
