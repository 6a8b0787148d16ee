// DISAGREES_ON from a judgement one party passes on another, with no disagreement word: "A said
// B's decision was unconstitutional", "A argued that B was wrong", "B's plan is a sham, A said",
// "A described B's offer as unacceptable", "A branded B a liar". Reported speech counts for the
// speaker; a judgement negated ("was not wrong"), asked ("whether") or denied gives nothing, and
// only a stated position of B ("B's claims", "the B proposal") or B itself is judged: "B's arrest
// was illegal" blames whoever arrested B, not B. A demand addressed to B counts the same way:
// "A called on B to resign / apologise".

import { POSITION_NOUNS, subjectsBefore } from "./criticism";
import { TOPIC, trimTopic } from "./disagreement-topics";
import { isNotFactual } from "./modality";
import { between, disagreement } from "./relation-context";
import type { Located, RelationContext, SentenceRule } from "./relation-context";

/** Words that judge a position or a person wrong, after a copula or "as" (with "a"/"an" before nouns). */
const NEGATIVE =
  "(?:wrong|unconstitutional|illegal|unlawful|illegitimate|unacceptable|irresponsible|misleading|false|baseless|unfounded|absurd|ridiculous|outrageous|shameful|disgraceful|deplorable|appalling|dishonest|reckless|undemocratic|unfair|unjust|flawed|hypocritical|laughable|null\\s+and\\s+void|mistaken|(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:mistake|blunder|disgrace|lie|farce|sham|betrayal|liar|traitor|travesty|insult|embarrassment)|lies|nonsense)";
/** Words between the copula (or "as") and the judgement. */
const DEGREE =
  "(?:(?:only|just|very|totally|completely|clearly|simply|utterly|patently|grossly|blatantly|deeply|both|so|too|nothing\\s+but|unconstitutional\\s+and|illegal\\s+and)\\s+){0,3}";
/** What B is judged by: itself, or a position of its own ("'s plan", " proposal", "'s decision to T"). */
const POSITION_AFTER = `(?:['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${POSITION_NOUNS}|\\s+${POSITION_NOUNS})?(?:\\s+(?:to|on|of|over|about|for)\\s+[^,;.:"“”]{0,40}?)?`;
/** "B's decision was unconstitutional", "B had lied": the judgement right after B. */
const JUDGED = new RegExp(
  `^(${POSITION_AFTER})\\s+(?:(?:was|is|were|are|has\\s+been|had\\s+been|have\\s+been|remains|remained)\\s+${DEGREE}${NEGATIVE}|(?:had\\s+|has\\s+)?(?:lied|misled\\s+\\p{Ll}+))(?![\\p{L}-])`,
  "u",
);
/** "described B's offer as unacceptable", "branded B a liar": the judgement after B. */
const JUDGED_AS = new RegExp(
  `^(${POSITION_AFTER})\\s+(?:as\\s+)?${DEGREE}${NEGATIVE}(?![\\p{L}-])`,
  "u",
);
/** A speech verb whose clause B opens: "A said (that) (the) B ...". */
const SAID_BEFORE =
  /\b(?:said|says|told\s+[^,;.:"“”]{0,40}?|argued|argues|insisted|insists|claimed|claims|contended|contends|maintained|maintains|stated|states|wrote|writes|added|complained|complains|charged|charges)\s+(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** A verb that passes judgement on its object: "A described B(’s plan) as ...". */
const DESCRIBED_BEFORE =
  /\b(?:described|describes|describing|called|calls|branded|brands|labell?ed|labels|termed|terms|dubbed|dubs)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** "B's plan was a sham, said A": the speaker after the judgement and the verb. */
const SAID_AFTER = /^[^.;:"“”]{0,60}?,\s*(?:said|says|according\s+to)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** "B's plan was a sham, union leader A said": the speaker, then the verb. */
const SPEAKER_AFTER = /^[^.;:"“”]{0,60}?,\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u;
const SPEECH_AFTER = /^\s+(?:said|says|added|told)\b/;
/** What may stand before a judged party that opens its sentence: a title, "But". */
const OPENS = /^\s*(?:(?:But|However),?\s+)?(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;

/** A demand addressed to B: "A called on B to resign", "A urged Minister B to apologise". */
const DEMANDED_BEFORE =
  /\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|pressed|presses|pressing|demanded\s+that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const DEMANDED =
  /^(?:\s*,[^,;.]{0,60},)?\s+(?:to\s+)?(?:(?:immediately|publicly)\s+)?(resign|step\s+down|step\s+aside|stand\s+down|quit|apologi[sz]e|retract|reverse)\b/;

/** The topic: the position judged ("decision to expel him"), without its possessive. */
function topicOf(written: string | undefined): string | undefined {
  const topic = written?.replace(/^['’]s?\s+|^\s+/u, "").trim();
  return topic ? topic : undefined;
}

/** The speaker of the clause the judged party opens, before or after it. */
function speakersOf(
  ctx: RelationContext,
  parties: readonly Located[],
  judged: Located,
  end: number,
): Located[] {
  const sentenceStart = ctx.sentences[judged.mention.sentence]?.start ?? 0;
  const before = between(ctx, sentenceStart, judged.mention.start);
  const said = SAID_BEFORE.exec(before) ?? DESCRIBED_BEFORE.exec(before);
  if (said) {
    const at = sentenceStart + said.index;
    if (isNotFactual(before.slice(0, said.index))) return [];
    return subjectsBefore(ctx, parties, at);
  }
  // Only a sentence the judged party opens: "... was illegal, A said" (no lower-case word
  // other than a title's before it: "the arrest of B was illegal" is no judgement of B).
  if (!OPENS.test(before) || /\b(?:of|by|for|against)\s/.test(before)) return [];
  const speaker = parties.find(
    (p) =>
      p.mention.start >= end &&
      (SAID_AFTER.test(between(ctx, end, p.mention.start)) ||
        (SPEAKER_AFTER.test(between(ctx, end, p.mention.start)) &&
          SPEECH_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 12)))),
  );
  return speaker ? [speaker] : [];
}

/** A judging B, each speaker against each judged party of the sentence. */
export const findJudgements: SentenceRule = (ctx, sentence, parties) =>
  parties.flatMap((judged) => {
    // What follows B is read first (anchored, short): most parties are judged by nothing.
    const rest = ctx.body.slice(judged.mention.end, judged.mention.end + 120);
    const demanded = DEMANDED.exec(rest);
    const judgedAs = JUDGED_AS.exec(rest);
    const judgedIs = JUDGED.exec(rest);
    if (!demanded && !judgedAs && !judgedIs) return [];
    const sentenceStart = ctx.sentences[judged.mention.sentence]?.start ?? 0;
    const before = between(ctx, sentenceStart, judged.mention.start);
    const demand = demanded ? DEMANDED_BEFORE.exec(before) : null;
    if (demand && demanded) {
      if (isNotFactual(before.slice(0, demand.index))) return [];
      return subjectsBefore(ctx, parties, sentenceStart + demand.index)
        .filter((speaker) => speaker.entity !== judged.entity)
        .map((speaker) =>
          disagreement(ctx, speaker.entity, judged.entity, {
            confidence: 0.65,
            rule: "demand",
            sentence,
            topic: trimTopic(TOPIC.exec(rest.slice(demanded[0].length))?.[1]?.trim()),
          }),
        );
    }
    const m = DESCRIBED_BEFORE.test(before) ? judgedAs : judgedIs;
    if (!m) return [];
    const end = judged.mention.end + m[0].length;
    return speakersOf(ctx, parties, judged, end)
      .filter((speaker) => speaker.entity !== judged.entity)
      .map((speaker) =>
        disagreement(ctx, speaker.entity, judged.entity, {
          confidence: 0.65,
          rule: "judgement",
          sentence,
          topic: topicOf(m[1]),
        }),
      );
  });
