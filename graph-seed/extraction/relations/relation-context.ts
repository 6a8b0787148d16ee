// What the relation rules share: the article's sentences, mentions and entities, and helpers to
// list a sentence's resolved mentions, find a rule's trigger words and build a relation with its
// evidence.

import type { ExtractedRelation, Evidence, RelationType } from "../../../contract/model";
import type { Entity } from "../entity-resolver";
import type { Mention } from "../mention";
import { allMatches } from "../matches";
import { isNotFactual } from "./modality";
import { cuedMatches } from "./sentence-words";
import type { Trigger } from "./sentence-words";

/** One article's sentences, mentions and entities, as the rules see them. */
export interface RelationContext {
  body: string;
  title: string;
  publishedOn: string | null;
  sentences: readonly Evidence[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
}

/** A mention with the entity it resolved to. */
export interface Located {
  mention: Mention;
  entity: Entity;
  index: number;
  entityIndex: number;
}

const bySentenceCache = new WeakMap<RelationContext, Located[][]>();

/**
 * The written, resolved mentions of every sentence, in text order: built once per article, since
 * the rules ask for each sentence many times and a scan of all mentions per ask grows with the
 * square of the article's length.
 */
function locatedBySentence(ctx: RelationContext): Located[][] {
  const cached = bySentenceCache.get(ctx);
  if (cached) return cached;
  const bySentence: Located[][] = ctx.sentences.map(() => []);
  ctx.mentions.forEach((mention, index) => {
    if (mention.implied || mention.entity === undefined) return;
    const entity = ctx.entities[mention.entity];
    if (entity) {
      bySentence[mention.sentence]?.push({ mention, entity, index, entityIndex: mention.entity });
    }
  });
  for (const found of bySentence) {
    found.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  }
  bySentenceCache.set(ctx, bySentence);
  return bySentence;
}

/** The written (not implied) mentions of a sentence that resolved to an entity, in text order. */
export function mentionsIn(ctx: RelationContext, sentence: number): Located[] {
  return locatedBySentence(ctx)[sentence]?.slice() ?? [];
}

/**
 * A description written at body offsets `start`-`end` ("the emir", "the union") read as a mention
 * of entity `entityIndex`; undefined when the entity is unknown or the offsets are in no sentence.
 */
export function describedAs(
  ctx: RelationContext,
  kind: Mention["kind"],
  start: number,
  end: number,
  entityIndex: number,
): Located | undefined {
  const entity = ctx.entities[entityIndex];
  const sentence = ctx.sentences.findIndex((s) => s.start <= start && start < s.end);
  if (!entity || sentence < 0) return undefined;
  const name = ctx.body.slice(start, end);
  const mention: Mention = {
    kind,
    name,
    start,
    end,
    sentence,
    partial: false,
    inQuote: false,
    implied: false,
    entity: entityIndex,
  };
  return { mention, entity, index: -1, entityIndex };
}

/** Text of the body between two offsets. */
export function between(ctx: RelationContext, from: number, to: number): string {
  return from <= to ? ctx.body.slice(from, to) : "";
}

const COMPLETED_AFTER = /^(?:['’]s\b|\s+\d|-\p{Ll})/u;

/**
 * Whether a name is only the opening of a longer noun phrase, so the organisation a role is in is
 * not the name itself: a possessor ("the X's permanent office", "director of the X's Court") or a
 * name a number completes ("president of Local 123", a union branch the finder cut short), or a
 * name a participle makes an adjective of ("chairman at the X-owned shipyard").
 */
export function opensLongerName(ctx: RelationContext, located: Located): boolean {
  return COMPLETED_AFTER.test(ctx.body.slice(located.mention.end, located.mention.end + 3));
}

/** A lower-case word after a name that is no function word: the name modifies that noun. */
const NOUN_NEXT =
  /^\s+(?!(?:of|at|for|in|on|and|or|with|from|to|since|until|who|which|that|said|says|is|was|were|has|had|will|would|as|after|before|when|while)\b)\p{Ll}/u;

/**
 * Whether a name only modifies the noun written right after it ("head of Latin American equity",
 * "the X-owned lender"), so it is not the organisation a role phrase ends with.
 */
export function modifiesNoun(ctx: RelationContext, located: Located): boolean {
  return NOUN_NEXT.test(ctx.body.slice(located.mention.end, located.mention.end + 20));
}

/** Between an organisation and the name its title is for: brackets, or a capitalised "of the Y's Office". */
const TITLE_GOES_ON =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)+)?$/u;

/**
 * Whether a role phrase after `person` that names `org` introduces someone else, as in a list of
 * titled names: another person named between them ("A, treasurer B and Y legislator C") or right
 * after the organisation ("A, Chairman for the Y (Defence) C", "A, Head of the Y of the Z Office C").
 */
export function titlesAnother(
  ctx: RelationContext,
  located: readonly Located[],
  person: Located,
  org: Located,
): boolean {
  return located.some(
    ({ mention, entity }) =>
      entity.kind === "Person" &&
      entity !== person.entity &&
      mention.start >= person.mention.end &&
      (mention.start < org.mention.start ||
        (mention.start >= org.mention.end &&
          TITLE_GOES_ON.test(between(ctx, org.mention.end, mention.start)))),
  );
}

const NAME_THEN_COMMA = /^\s*,\s*(?:the\s+)?$/i;

/**
 * Whether a person's name and a comma stand right before body offset `at`: a title phrase that
 * starts there and is set off by commas before another name ("A, Minister of Finance, B,
 * Chairman of X") is the first name's apposition in a list, not the next name's title.
 */
export function followsNameAndComma(
  ctx: RelationContext,
  located: readonly Located[],
  at: number,
): boolean {
  return located.some(
    (l) =>
      l.entity.kind === "Person" &&
      l.mention.end <= at &&
      NAME_THEN_COMMA.test(between(ctx, l.mention.end, at)),
  );
}

const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}&.'’-]*\s$/u;

/**
 * Whether a one-word organisation name was cut from a longer capitalised name ("All Blacks",
 * "LG Chem", "the High Court Comprising", "the Union's NSW secretary"): a capitalised word other
 * than a country's stands right before it, and that word does not open the sentence.
 */
export function cutFromLongerName(
  ctx: RelationContext,
  located: readonly Located[],
  org: Mention,
): boolean {
  const sentence = ctx.sentences[org.sentence];
  if (!sentence || /\s/.test(ctx.body.slice(org.start, org.end))) return false;
  const word = CAPITALISED_BEFORE.exec(
    ctx.body.slice(Math.max(sentence.start, org.start - 40), org.start),
  );
  if (!word) return false;
  const wordStart = org.start - word[0].length;
  if (/^[\s"“‘'(]*$/.test(ctx.body.slice(sentence.start, wordStart))) return false;
  return !located.some(
    (l) => l.entity.kind === "Country" && l.mention.start <= wordStart && l.mention.end > wordStart,
  );
}

/** What a rule returns for one statement: a relation, or null when its two ends are one entity. */
export type Found = ExtractedRelation | null;

/** A rule that reads one sentence, given the parties named in it. */
export type SentenceRule = (
  ctx: RelationContext,
  sentence: number,
  parties: readonly Located[],
) => Found[];

/** One match of a rule's trigger words in a sentence. */
export interface TriggerMatch {
  evidence: Evidence;
  match: RegExpMatchArray;
  /** Body offsets where the trigger starts and ends. */
  at: number;
  end: number;
  /** The sentence's text before and after the trigger. */
  before: string;
  after: string;
}

/**
 * The matches of global `triggers` in sentence `sentence`, facts or not; a cued trigger is run
 * only on a sentence that holds one of its cue words.
 */
export function triggerMatches(
  ctx: RelationContext,
  sentence: number,
  ...triggers: readonly (RegExp | Trigger)[]
): TriggerMatch[] {
  const evidence = ctx.sentences[sentence];
  if (!evidence) return [];
  const found: TriggerMatch[] = [];
  for (const trigger of triggers) {
    const matches =
      trigger instanceof RegExp
        ? allMatches(evidence.sentence, trigger)
        : cuedMatches(ctx, sentence, trigger);
    for (const match of matches) {
      const index = match.index;
      const at = evidence.start + index;
      const end = at + match[0].length;
      const before = evidence.sentence.slice(0, index);
      const after = evidence.sentence.slice(index + match[0].length);
      found.push({ evidence, match, at, end, before, after });
    }
  }
  return found;
}

/**
 * The matches of global `triggers` in sentence `sentence` that state a fact: those negated,
 * planned or hypothetical ("did not criticise", "would oppose") are left out.
 */
export function factualMatches(
  ctx: RelationContext,
  sentence: number,
  ...triggers: readonly (RegExp | Trigger)[]
): TriggerMatch[] {
  return triggerMatches(ctx, sentence, ...triggers).filter((m) => !isNotFactual(m.before));
}

/**
 * The last two distinct parties of `kind` named before body offset `cut`, outside quotations,
 * in sentence `sentence` or the two before it; in text order.
 */
export function lastTwoParties(
  ctx: RelationContext,
  sentence: number,
  cut: number,
  kind: string,
): [Located, Located] | null {
  const picked: Located[] = [];
  for (let s = sentence; s >= Math.max(0, sentence - 2) && picked.length < 2; s--) {
    const named = mentionsIn(ctx, s)
      .filter((l) => l.entity.kind === kind && !l.mention.inQuote && l.mention.end <= cut)
      .reverse();
    for (const l of named)
      if (picked.length < 2 && !picked.some((p) => p.entity === l.entity)) picked.push(l);
  }
  const [x, y] = picked;
  return x && y ? [y, x] : null;
}

/** Entity kinds that can take a side in a disagreement. */
export const PARTY_KINDS = new Set(["Person", "Organization", "Country"]);

/** What a rule states: two entities, the relation between them and the sentence that says so. */
export interface RelationSpec {
  type: RelationType;
  from: Entity;
  to: Entity;
  confidence: number;
  rule: string;
  sentence: number;
  /** Meeting date (ISO), where the text gives one. */
  date?: string | undefined;
  /** What a disagreement is about, where stated. */
  topic?: string | undefined;
}

/** Builds a relation between two entities, stated by one sentence; null for a self-relation. */
export function relation(ctx: RelationContext, spec: RelationSpec): ExtractedRelation | null {
  const { type, from, to, confidence, rule, sentence, date, topic } = spec;
  const evidence = ctx.sentences[sentence];
  if (!evidence || from === to) return null;
  return {
    type,
    from: from.name,
    to: to.name,
    ...(date ? { date } : {}),
    ...(topic ? { topic } : {}),
    confidence,
    rule,
    evidence: { ...evidence },
  };
}

/** How a disagreement rule states its relation: the rule, its confidence, the sentence, the topic. */
export type DisagreementSpec = Omit<RelationSpec, "type" | "from" | "to">;

/** A DISAGREES_ON between two parties, stated by one sentence; null when they are one entity. */
export function disagreement(
  ctx: RelationContext,
  a: Entity,
  b: Entity,
  spec: DisagreementSpec,
): ExtractedRelation | null {
  return relation(ctx, { type: "DISAGREES_ON", from: a, to: b, ...spec });
}
