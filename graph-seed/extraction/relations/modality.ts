// Negated, planned and hypothetical events: "did not meet", "will meet", "plans to meet",
// "if they meet", "meets ... next week". Relations stated this way get a low confidence and are
// left out of the output.

/** Relations below this confidence (negated, planned, hypothetical) are not reported. */
export const MIN_CONFIDENCE = 0.5;

const NOT_FACTUAL =
  /\b(?:not|n't|never|no|without|failed|refused|declined|denied|cancell?ed|postponed|called off|will|would|shall|may|might|could|should|can|plans?|planned|planning|scheduled|set|expected|due|going|intends?|intended|hopes?|hoped|wants?|wanted|wish(?:es)?|agreed|to|upcoming|next|possible|potential|proposed|if|whether|unless|yet)\s*$/i;
const FUTURE_WORDS =
  /\b(?:will|'ll|would|plans? to|is to|are to|set to|scheduled to|expected to|due to|going to)\b/i;
/** "an invitation to hold separate talks", "decided to hold a Party Leaders' meeting": not held yet. */
const TO_HOLD =
  /\bto\s+(?:hold|have|meet|attend|begin|start|open|resume|seek|request|arrange)\b(?:\s+[\p{L}'’-]+){0,3}$/u;
const CONDITIONAL_CLAUSE = /^\s*(?:if|unless|whether|once|should|in case)\b/i;
const FUTURE_AFTER =
  /\b(?:next (?:week|month|year)|later this (?:week|month|year)|tomorrow|in the coming (?:days|weeks|months)|in (?:the )?future)\b/i;

/** Whether character code `c` ends a clause for the modality test: , ; : “ ” or ". */
const breaksClause = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d;

/**
 * The text after the last clause break of `text` (all of it when there is none): what
 * `text.split(/[,;:“”"]/).at(-1)` gives, without splitting the whole text (this runs for
 * every trigger and every person the rules weigh).
 */
function lastClause(text: string): string {
  for (let i = text.length - 1; i >= 0; i--)
    if (breaksClause(text.charCodeAt(i))) return text.slice(i + 1);
  return text;
}

/** The text before the first clause break of `text` (all of it when there is none). */
function firstClause(text: string): string {
  for (let i = 0; i < text.length; i++)
    if (breaksClause(text.charCodeAt(i))) return text.slice(0, i);
  return text;
}

/**
 * Whether the words before a trigger (its clause) make it negated, conditional or not yet
 * happened; `after` is the text that follows the trigger ("... next week").
 */
export function isNotFactual(before: string, after = ""): boolean {
  const clause = lastClause(before);
  const words = clause.trim().split(/\s+/).slice(-4).join(" ");
  return (
    NOT_FACTUAL.test(words) ||
    /\b(?:not|n't|never)\b/i.test(words) ||
    FUTURE_WORDS.test(words) ||
    TO_HOLD.test(clause.trim()) ||
    CONDITIONAL_CLAUSE.test(clause) ||
    FUTURE_AFTER.test(firstClause(after).slice(0, 80))
  );
}

/** Confidence left to a rule's fact after looking at its modality. */
export function factualConfidence(base: number, before: string, after = ""): number {
  return isNotFactual(before, after) ? Math.min(base, 0.2) : base;
}
