// Negated, planned and hypothetical events: "did not meet", "will meet", "plans to meet",
// "if they meet". Relations stated this way get a low confidence and are left out of the output.

const NOT_FACTUAL =
  /\b(?:not|n't|never|no|without|failed|refused|declined|denied|cancell?ed|postponed|called off|will|would|shall|may|might|could|should|can|plans?|planned|planning|scheduled|set|expected|due|going|intends?|intended|hopes?|hoped|wants?|wanted|wish(?:es)?|agreed|to|upcoming|next|possible|potential|proposed|if|whether|unless|yet)\s*$/i;
const FUTURE_WORDS =
  /\b(?:will|'ll|would|plans? to|is to|are to|set to|scheduled to|expected to|due to|going to)\b/i;

/** Whether the words just before a trigger (same clause) make it negated or not yet happened. */
export function isNotFactual(before: string): boolean {
  const clause = before.split(/[,;:“”"]/).at(-1) ?? before;
  const words = clause.trim().split(/\s+/).slice(-4).join(" ");
  return (
    NOT_FACTUAL.test(words) || /\b(?:not|n't|never)\b/i.test(words) || FUTURE_WORDS.test(words)
  );
}

/** Confidence left to a rule's fact after looking at its modality. */
export function factualConfidence(base: number, before: string): number {
  return isNotFactual(before) ? Math.min(base, 0.2) : base;
}
