// One sentence as the relation rules read it: its evidence, its resolved mentions sorted by kind
// and its tokens, gathered once per sentence instead of at the top of every rule. It is where a
// clause reader (a clause's subject, verb and object or participant list) is meant to grow, so
// that role, meeting and disagreement rules share one reading of who does what.

import type { Evidence } from "../../../contract/model";
import { tokenize } from "../tokens";
import type { Token } from "../tokens";
import { referencesIn } from "./references";
import { mentionsIn, relation } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";

/** A sentence's evidence and the entities written in it. */
export interface SentenceView {
  sentence: number;
  evidence: Evidence;
  /** Every written, resolved mention of the sentence, in text order. */
  located: readonly Located[];
  /** The people and the organisations among them, in text order (quoted ones included). */
  people: readonly Located[];
  orgs: readonly Located[];
  /** The sentence's tokens with body offsets, read on first use (most rules need none). */
  readonly tokens: readonly Token[];
  /**
   * People told without their name: "He" / "She" carrying the previous sentence's subject, a
   * description that fits one person named before ("the emir"); read on first use.
   */
  readonly references: readonly Located[];
}

/** The view of sentence `sentence`, or undefined when the article has no such sentence. */
export function sentenceView(ctx: RelationContext, sentence: number): SentenceView | undefined {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return undefined;
  const located = mentionsIn(ctx, sentence);
  let tokens: Token[] | undefined;
  let references: Located[] | undefined;
  return {
    sentence,
    evidence,
    located,
    people: located.filter((l) => l.entity.kind === "Person"),
    orgs: located.filter((l) => l.entity.kind === "Organization"),
    get tokens(): readonly Token[] {
      tokens ??= tokenize(evidence.sentence, evidence.start);
      return tokens;
    },
    get references(): readonly Located[] {
      references ??= referencesIn(ctx, sentence).filter((l) => l.entity.kind === "Person");
      return references;
    },
  };
}

const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * The people of a bare list that `first` opens ("A, B and C"): each next name follows a comma or
 * "and" with nothing else between; a title or a clause between two names ends the list.
 */
export function listFrom(ctx: RelationContext, view: SentenceView, first: Located): Located[] {
  const list = [first];
  for (const person of view.people) {
    const last = list.at(-1);
    if (!last || person.mention.start < last.mention.end) continue;
    if (!LIST_SEPARATOR.test(ctx.body.slice(last.mention.end, person.mention.start))) break;
    list.push(person);
  }
  return list;
}

/** HEADS or MEMBER_OF of `person` in `org`, stated by the view's sentence (the role rules' output). */
export function roleRelation(
  ctx: RelationContext,
  view: SentenceView,
  type: "HEADS" | "MEMBER_OF",
  [person, org]: readonly [Located, Located],
  rule: string,
): Found {
  const { sentence } = view;
  return relation(ctx, {
    type,
    from: person.entity,
    to: org.entity,
    confidence: 0.7,
    rule,
    sentence,
  });
}

/** Those of `located` written outside quotations: a quoted name speaks of someone, not as them. */
export const unquoted = (located: readonly Located[]): Located[] =>
  located.filter((l) => !l.mention.inQuote);
