// "He" and "she" opening a sentence, read as the subject of the sentence before: news carries a
// subject on that way ("A on Friday started consulting unions. She had talks with X and Y").
// Only a subject is carried: the previous sentence must open with the person (a title may come
// first), or itself open with a pronoun already resolved. Anything else refers to no one, so a
// pronoun never picks a person mentioned in passing.

import { describedAs } from "./relation-context";
import type { Located, RelationContext } from "./relation-context";

/** A sentence opening with a subject pronoun, after an optional linking word. */
const OPENING_PRONOUN =
  /^((?:(?:But|And|Later|Earlier|Meanwhile|Also|Then),?\s+)?)(He|She)\s+\p{Ll}/u;
/** What may stand before a sentence's subject: title words, "the", commas ("Labour Minister A"). */
export const BEFORE_SUBJECT = /^(?:(?:\p{Lu}[\p{L}.'’-]*|the|of|for|and|&)[\s,]+)*$/u;

/** A short kicker ending in a colon before the sentence proper. */
const KICKER = /^[^:.;"“”]{1,60}:\s+/;
/** An adverbial phrase set off by a comma before the subject ("After the talks in Z, "). */
const OPENING_PHRASE =
  /^(?:In|On|At|After|During|Following|Before|Earlier|Later|Meanwhile)\b[^,;:"“”]{0,80},\s*/;

/** Each sentence's first written person, found in one pass over the mentions. */
function firstPersons(ctx: RelationContext): Map<number, Located> {
  const first = new Map<number, Located>();
  ctx.mentions.forEach((mention, index) => {
    const entity = mention.entity === undefined ? undefined : ctx.entities[mention.entity];
    if (mention.implied || !entity || entity.kind !== "Person") return;
    const known = first.get(mention.sentence);
    if (known && known.mention.start <= mention.start) return;
    first.set(mention.sentence, { mention, entity, index, entityIndex: mention.entity ?? -1 });
  });
  return first;
}

/** The person a sentence opens with, if it opens with one (outside quotations). */
function openingPerson(
  ctx: RelationContext,
  sentence: number,
  first: Located | undefined,
): Located | undefined {
  const evidence = ctx.sentences[sentence];
  if (!evidence || !first || first.mention.inQuote) return undefined;
  // A kicker before a colon ("After X, now Y: A visited ...") or an opening phrase ("After
  // talks in Z, A said ...") comes before the subject; what follows it is still the subject.
  const lead = ctx.body
    .slice(evidence.start, first.mention.start)
    .replace(KICKER, "")
    .replace(OPENING_PHRASE, "");
  return BEFORE_SUBJECT.test(lead) ? first : undefined;
}

/** Every sentence-opening "He"/"She" that carries the previous sentence's subject, in text order. */
export function pronounSubjects(ctx: RelationContext): Located[] {
  const found: Located[] = [];
  /** The subject each sentence opens with: a name or a resolved pronoun. */
  const subjects: (Located | undefined)[] = [];
  const first = firstPersons(ctx);
  ctx.sentences.forEach((evidence, sentence) => {
    const pronoun = OPENING_PRONOUN.exec(evidence.sentence);
    const previous = sentence > 0 ? subjects[sentence - 1] : undefined;
    const word = pronoun?.[2];
    if (!pronoun || !word || !previous) {
      subjects.push(pronoun ? undefined : openingPerson(ctx, sentence, first.get(sentence)));
      return;
    }
    const start = evidence.start + (pronoun[1]?.length ?? 0);
    const located = describedAs(ctx, "Person", start, start + word.length, previous.entityIndex);
    if (!located) {
      subjects.push(undefined);
      return;
    }
    found.push(located);
    subjects.push(located);
  });
  return found;
}
