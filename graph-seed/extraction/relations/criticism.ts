// DISAGREES_ON from one party criticising another: "A criticised / slammed / lambasted B('s
// plan)", "A hit back at B", "A blamed B for T", "A led protests against B", "A accused B of T", "A voiced concern over B's remarks", "A took
// legal action against B", "A dismissed / questioned B's claims" (a position, not B), and the
// reversed "B drew criticism from A", "B was criticised by A". The critic is the subject of the
// clause (reported speech counts: "C said A had slammed B"); a denial or a plan does not count.

import type { Entity } from "../entity-resolver";
import { COUNTRY_BY_DEMONYM } from "../lexicon/countries";
import { titledPerson } from "./disagreement-acts";
import { trimTopic } from "./disagreement-topics";
import { listEndingAt, listFrom } from "./participants";
import { BEFORE_SUBJECT } from "./pronoun-subjects";
import { between, factualMatches, disagreement, triggerMatches } from "./relation-context";
import type { Located, RelationContext, SentenceRule } from "./relation-context";
import { cued } from "./sentence-words";

/** A criticises B: the critic before, the criticised after. */
const CRITICISES = cued(
  /\b(?:criticised|criticized|criticises|criticizes|criticising|criticizing|slammed|slams|slamming|lambasted|lambasts|lambasting|blasted|blasts|blasting|condemned|condemns|condemning|denounced|denounces|denouncing|rebuked|rebukes|rebuking|chided|chides|assailed|assails|censured|censures|castigated|castigates|berated|berates|decried|decries|deplored|deplores|ridiculed|ridicules|mocked|mocks|sued|sues|suing|blamed|blames|blaming|(?:led|leads|leading|organi[sz]ed|organi[sz]es|staged|stages|launched|launches)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:protests?|march|rally|campaign|demonstrations?|strike|boycott)\s+against|(?:hit|hits|hitting|lashed|lashes|lashing)\s+(?:out|back)\s+at|(?:took|takes|taking)\s+(?:aim\s+at|issue\s+with)|(?:pushed|pushes|pushing)\s+back\s+(?:against|on)|(?:protested|protests|protesting|objected|objects|objecting)\s+(?:against|to)|accused|accuses|accusing|defied|defies|defying|(?:demanded|demands|demanding|sought|seeks|seeking|(?:called|calls|calling|pushed|pushes|pushing)\s+for)\s+(?:the\s+|an?\s+)?(?:(?:immediate|swift|prompt)\s+)?(?:resignation|removal|dismissal|ouster|sacking|impeachment|expulsion)\s+of|(?:took|takes|taking|filed|files|filing|brought|brings|launched|launches|lodged|lodges)\s+(?:(?:legal|court|High\s+Court|a|an|its|their)\s+){0,2}(?:action|lawsuit|suit|case|complaint|petition|challenge)\s+against|(?:is|was|are|were|been|being)\s+(?:(?:highly|sharply|openly|fiercely|deeply|very|increasingly|strongly)\s+)?critical\s+of|(?:voiced|voices|voicing|expressed|expresses|expressing|raised|raises|raising|lodged|lodges|conveyed|conveys|registered|registers|reiterated|reiterates)\s+(?:(?:[\p{L}-]+['’]s|serious|strong|deep|grave|its|his|her|their|and)\s+){0,4}(?:(?:concerns?|regret|dismay|disappointment|anger|outrage)\s+and\s+)?(?:concerns?|opposition|displeasure|objections?|protests?|regret|dismay|disappointment|anger|outrage|dissent)\s+(?:over|about|at|with|to|against))\s+/giu,
  `criticised criticized criticises criticizes criticising criticizing slammed slams slamming
  lambasted lambasts lambasting blasted blasts blasting condemned condemns condemning denounced
  denounces denouncing rebuked rebukes rebuking chided chides assailed assails censured censures
  castigated castigates berated berates decried decries deplored deplores ridiculed ridicules
  mocked mocks sued sues suing blamed blames blaming against hit hits hitting lashed lashes lashing
  aim issue pushed pushes pushing protested protests protesting objected objects objecting accused
  accuses accusing defied defies defying resignation removal dismissal ouster sacking impeachment
  expulsion critical concern concerns opposition displeasure objection objections protest regret
  dismay disappointment anger outrage dissent`,
);
/** Verbs that criticise only a stated position ("dismissed B's claims"), not B himself ("dismissed B" is firing). */
const AGAINST_POSITION = cued(
  /\b(?:dismissed|dismisses|questioned|questions|disputed|disputes|challenged|challenges|contradicted|contradicts)\s+/gi,
  "dismissed dismisses questioned questions disputed disputes challenged challenges contradicted contradicts",
);
/** Nouns for a stated position: "B's claims", "B's decision" (not "B's resignation"). */
export const POSITION_NOUNS =
  "(?:claims?|remarks?|comments?|statements?|assertions?|allegations?|accusations?|proposals?|plans?|hopes?|bids?|offers?|demands?|calls?|requests?|decisions?|policy|policies|position|stance|views?|openness|approach|handling|account|version|figures|assessment|reforms?|moves?|push|initiative|suggestions?|idea)";
const POSITION = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}${POSITION_NOUNS}\\b`, "u");
/** "X's plan" or "French hopes" right before a passive: the owner, by its possessive or demonym. */
const OWNED_POSITION = new RegExp(
  `(?:(['’]s)|\\b(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))\\s+(?:[\\p{Ll}-]+\\s+){0,2}${POSITION_NOUNS}$`,
  "u",
);
/** "X's plan was opposed by A", "French hopes, opposed by A,": the position's owner is opposed. */
const POSITION_OPPOSED_BY = cued(
  /(?:\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+|\s*,\s*)(?:strongly\s+|firmly\s+|fiercely\s+|sharply\s+)?(?:opposed|rejected|resisted|criticised|criticized|condemned|slammed|questioned|challenged|disputed)\s+by\s+/gi,
  "opposed rejected resisted criticised criticized condemned slammed questioned challenged disputed",
);

/** B is criticised by A: the criticised before, the critic after. */
const CRITICISED_BY = cued(
  /\b(?:(?:drew|draws|drawing|faced|faces|facing)\s+(?:sharp\s+|strong\s+|heavy\s+|fierce\s+)?(?:criticism|fire|condemnation|rebuke)\s+from|(?:came|comes|coming)\s+under\s+fire\s+from|(?:was|were|is|are|been|being)\s+(?:sharply\s+|strongly\s+|also\s+)?(?:criticised|criticized|slammed|lambasted|condemned|denounced|rebuked|accused)\s+by)\s+/gi,
  "criticism fire condemnation rebuke criticised criticized slammed lambasted condemned denounced rebuked accused",
);

/**
 * Between the verb and the criticised: nothing, a title, "the 100-day plan of (the)", or the
 * opening of a clause the criticised is the subject of ("concerns about how B was chosen").
 */
const TO_OBJECT =
  /^(?:how\s+|why\s+|whether\s+)?(?:the\s+|a\s+)?(?:(?:ruling|governing|opposition|rival|incumbent|outgoing|main)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|and)\s+){0,5}$|^(?:the|a|an|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,4}(?:of|by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** "A, who heads X, slammed ...": an apposition between the critic and the verb. */
const APPOSED = /^\s*(?:\([^)]*\)\s*)?,[^,]*,\s*(?:also\s+|has\s+|had\s+|have\s+)?$/;
/**
 * ", who (also) " between a name and the verb of its relative clause, also after a short
 * apposition ("A, a veteran centrist who is critical of B").
 */
const WHO =
  /^\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:(?:a|an|the)\s+[^,;()"“”]{0,60}?\s+)?who\s+(?:(?:has|had|have|also|then|later|\p{Ll}+ly)\s+){0,2}$/u;
/**
 * Between the critic and the verb: nothing but an auxiliary or an adverb, or "were among those"
 * ("A and B were among those voicing dissent against C").
 */
const TO_VERB =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:has|have|had|also|again|publicly|openly|sharply|strongly|fiercely|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly|(?:were|was|are|is)\s+among\s+(?:those|the\s+\p{Ll}+))\s+){0,3}$/u;
/** A phrase a sentence opens with before its subject: "In a letter to the board of X, ". */
const OPENING_PHRASE = /^(?:In|During|At|After|Following|On|Speaking)\b[^,;]{0,80},\s*/;
/** Role words written before a subject's name ("investor A", "party chair A"). */
const ROLE_WORDS = /(?<!\p{L})(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;
/** A list a lead-in introduces: "Several unions, including A, B and C, took action". */
const LIST_LEAD = /\b(?:including|among them|such as|namely):?\s+(?:the\s+)?$/;
/** Between two listed targets: a comma or "and", the, and title words only. */
const TARGET_JOINT = /^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for)\s+)*$/u;
/** A verb right after a listed name: "slammed B and C said ..." ends the list at B. */
const VERB_AFTER =
  /^\s+(?:said|says|told|added|is|was|were|are|has|had|have|will|would|\p{Ll}{3,}ed)\b/u;
/** "A accused B of T", "A slammed B over T", "B's plan to T": where the topic is written. */
const TOPIC_AFTER =
  /^\s*(?:['’]s\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,1}?(?:of|over|for|on|about)\s+([^,.;"“”]+?)(?=\s+(?:as|because|since|while|after|and said|saying)\b|[,.;"“”]|$)/u;
const OWNED_TOPIC =
  /^['’]s\s+([^,.;"“”]+?)(?=\s+(?:as|because|since|while|and said|saying)\b|[,.;"“”]|$)/u;

function topicAfter(ctx: RelationContext, party: Located, end: number): string | undefined {
  const rest = ctx.body.slice(party.mention.end, end);
  const topic = trimTopic((OWNED_TOPIC.exec(rest) ?? TOPIC_AFTER.exec(rest))?.[1]?.trim());
  return topic && topic.split(/\s+/).length <= 12 ? topic : undefined;
}

/** The owner of the position that ends at `at`: the party before "'s", or a demonym's country. */
function ownerBefore(
  ctx: RelationContext,
  parties: readonly Located[],
  from: number,
  at: number,
): Entity | undefined {
  const m = OWNED_POSITION.exec(between(ctx, from, at));
  if (!m) return undefined;
  if (m[1]) return parties.find((p) => p.mention.end === from + (m.index ?? 0))?.entity;
  const country = COUNTRY_BY_DEMONYM.get(m[2] ?? "");
  return ctx.entities.find((e) => e.kind === "Country" && e.name === country?.name);
}

/**
 * The critics: the clause subject before `at` ("A slammed") with the names listed with it by
 * "and" ("A and B slammed", "unions, including A, B and C, took action"), else the one apposed.
 */
export function subjectsBefore(
  ctx: RelationContext,
  parties: readonly Located[],
  at: number,
): Located[] {
  const before = parties.filter((p) => p.mention.end <= at);
  const nearest = before.at(-1);
  if (!nearest) return [];
  const gap = between(ctx, nearest.mention.end, at);
  const sentenceStart = ctx.sentences[nearest.mention.sentence]?.start ?? 0;
  // "After talks with A, B slammed C": a list joined by commas alone is no subject.
  const listed = (): Located[] => {
    const list = listEndingAt(ctx, before, nearest);
    const previous = list.at(-2);
    return previous && /\band\b/.test(between(ctx, previous.mention.end, nearest.mention.start))
      ? list
      : [nearest];
  };
  if (TO_VERB.test(gap)) return listed();
  // "B, who questioned ...": a relative clause's subject is the name it follows.
  if (WHO.test(gap)) return [nearest];
  if (/^\s*,\s*$/.test(gap)) {
    const list = listed();
    const first = list[0];
    if (
      list.length > 1 &&
      first &&
      LIST_LEAD.test(between(ctx, sentenceStart, first.mention.start))
    )
      return list;
  }
  const apposed = [...before].reverse().find((p) => APPOSED.test(between(ctx, p.mention.end, at)));
  if (apposed) return [apposed];
  // "A, the party's chair, echoed B's words, accusing C of ...": a participle after a comma
  // takes the clause's subject, the person the sentence opens with.
  // "A demanded C's resignation, and accused B of ...": a second verb joined by "and" too.
  const opening = before.find((p) =>
    BEFORE_SUBJECT.test(
      between(ctx, sentenceStart, p.mention.start)
        .replace(OPENING_PHRASE, "")
        .replace(ROLE_WORDS, ""),
    ),
  );
  // "A filed a motion demanding B's removal": a participle on the subject's own act, when no
  // other party stands between them.
  const toVerb = opening ? between(ctx, opening.mention.end, at) : "";
  // "A said condemning B would not help": a gerund after a verb or preposition is no act of A's.
  const participle =
    /^\p{L}+ing\b/u.test(ctx.body.slice(at, at + 20)) &&
    !/\b(?:said|says|that|whether|of|about|on|against|without|by|for|from)\s*$/.test(toVerb);
  return opening &&
    ((participle &&
      (/,\s*$/.test(toVerb) || (before.at(-1) === opening && !/[,;]/.test(toVerb)))) ||
      /,\s*and\s+(?:also\s+|then\s+|later\s+)?$/.test(toVerb))
    ? [opening]
    : [];
}

/**
 * "X's plan was opposed by A", "French hopes, opposed by A, to ...": A against the owner. The
 * passive names a position already taken, so "hopes" before it is no modal ("would be opposed"
 * is not matched).
 */
const opposedPositions: SentenceRule = (ctx, sentence, parties) =>
  triggerMatches(ctx, sentence, POSITION_OPPOSED_BY).map(({ at, end, evidence }) => {
    const owner = ownerBefore(ctx, parties, evidence.start, at);
    const critic = parties.find((p) => p.mention.start >= end && p.mention.start - end <= 5);
    if (!owner || !critic) return null;
    return disagreement(ctx, critic.entity, owner, {
      confidence: 0.7,
      rule: "position-opposed-by",
      sentence,
    });
  });

/** A criticising B, either way round; each listed critic against each listed criticised. */
const criticisms: SentenceRule = (ctx, sentence, parties) =>
  [CRITICISES, AGAINST_POSITION, CRITICISED_BY].flatMap((trigger) =>
    factualMatches(ctx, sentence, trigger).flatMap(({ at, end, evidence }) => {
      const before = subjectsBefore(ctx, parties, at);
      const found = parties.find(
        (p) =>
          p.mention.start >= end &&
          TO_OBJECT.test(between(ctx, end, p.mention.start)) &&
          (trigger !== AGAINST_POSITION ||
            POSITION.test(ctx.body.slice(p.mention.end, p.mention.end + 60))),
      );
      if (before.length === 0 || !found) return [];
      // "slammed X chairman B": B, not the organisation of his title.
      const after = trigger === AGAINST_POSITION ? found : titledPerson(ctx, parties, found);
      // "A criticised B and C": a position ("B's claims") is one party's.
      const listed = trigger === AGAINST_POSITION ? [after] : listFrom(ctx, parties, after);
      // The list ends at a name followed by a verb, or set off by lower-case words ("B,
      // supporting local coaches like C"): only titles may stand between listed targets.
      const verb = listed.findIndex(
        (p, i) =>
          i > 0 &&
          (VERB_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 20)) ||
            !TARGET_JOINT.test(between(ctx, listed[i - 1]?.mention.end ?? 0, p.mention.start))),
      );
      const objects = verb > 0 ? listed.slice(0, verb) : listed;
      const [critics, criticised] =
        trigger === CRITICISED_BY ? [objects, before] : [before, objects];
      const last = objects.at(-1) ?? after;
      const topic = trigger !== CRITICISED_BY ? topicAfter(ctx, last, evidence.end) : undefined;
      return critics.flatMap((critic) =>
        criticised.map((target) =>
          disagreement(ctx, critic.entity, target.entity, {
            confidence: 0.7,
            rule: "criticism",
            sentence,
            topic,
          }),
        ),
      );
    }),
  );

/** Disagreements stated as one party criticising another in sentence `sentence`. */
export const findCriticisms: SentenceRule = (ctx, sentence, parties) => [
  ...criticisms(ctx, sentence, parties),
  ...opposedPositions(ctx, sentence, parties),
];
