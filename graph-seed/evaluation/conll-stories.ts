// Rebuilds the Reuters stories of a CoNLL-2003 file (one token a line, blank lines between
// sentences, `-DOCSTART-` between documents) as the text a user would paste, with the names the
// annotators marked in each. Pure: text in, stories out; used by `npm run eval:conll`.

/** The annotated name types we score; MISC (events, nationalities, products) is ignored. */
export type ConllType = "PER" | "ORG" | "LOC";

export interface ConllStory {
  /** One line per CoNLL sentence: the headline first, then (usually) the dateline. */
  lines: string[];
  /** Distinct names per type, as written in the story. */
  names: Record<ConllType, Set<string>>;
}

const SCORED = new Set<string>(["PER", "ORG", "LOC"]);
/** Tokens written against the previous word ("Smith ,", "it 's", "do n't", "5 %"). */
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
/** Tokens written against the next word ("( Reuters", "$ 5"). */
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins CoNLL tokens back into a line as printed ("Simmons ( 38 ) ." -> "Simmons (38)."). */
export function detokenize(tokens: readonly string[]): string {
  let line = "";
  let glueNext = false;
  let openQuote = false;
  for (const token of tokens) {
    let glue = glueNext || line === "" || NO_SPACE_BEFORE.test(token);
    glueNext = NO_SPACE_AFTER.test(token);
    if (token === '"') {
      // A straight quote opens against the next word and closes against the previous one.
      glue = line === "" || openQuote;
      glueNext = !openQuote;
      openQuote = !openQuote;
    }
    line += glue ? token : ` ${token}`;
  }
  return line;
}

function emptyNames(): Record<ConllType, Set<string>> {
  return { PER: new Set(), ORG: new Set(), LOC: new Set() };
}

/** Parses a CoNLL-2003 file (IOB1 or IOB2 tags in the last column) into its stories. */
export function parseConll(text: string): ConllStory[] {
  const stories: ConllStory[] = [];
  let story: ConllStory = { lines: [], names: emptyNames() };
  let tokens: string[] = [];
  let entity: { type: string; words: string[] } | null = null;

  const closeEntity = () => {
    if (entity && SCORED.has(entity.type)) {
      story.names[entity.type as ConllType].add(detokenize(entity.words));
    }
    entity = null;
  };
  const closeSentence = () => {
    closeEntity();
    if (tokens.length > 0) story.lines.push(detokenize(tokens));
    tokens = [];
  };
  const closeStory = () => {
    closeSentence();
    if (story.lines.length > 0) stories.push(story);
    story = { lines: [], names: emptyNames() };
  };

  for (const row of text.split(/\r?\n/)) {
    const columns = row.trim().split(/\s+/);
    const word = columns[0] ?? "";
    if (word === "") {
      closeSentence();
      continue;
    }
    if (word === "-DOCSTART-") {
      closeStory();
      continue;
    }
    const tag = columns.at(-1) ?? "O";
    const [prefix, type] = tag.split("-") as [string, string | undefined];
    if (prefix === "O" || type === undefined) closeEntity();
    // IOB1 starts a new name at B- or at a change of type; IOB2 always marks the start with B-.
    else if (prefix === "B" || entity === null || entity.type !== type) {
      closeEntity();
      entity = { type, words: [word] };
    } else entity.words.push(word);
    tokens.push(word);
  }
  closeStory();
  return stories;
}

/** The story as a user would paste it: one paragraph per line. */
export function storyText(story: ConllStory): string {
  return `${story.lines.join("\n")}\n`;
}

/**
 * Whether a story has prose: a line of 8 words or more of which at least a quarter start in
 * lower case (headlines are capitals; tables of results are names and figures).
 */
export function hasProse(story: ConllStory): boolean {
  return story.lines.some((line) => {
    const words = line.split(" ").filter((w) => /\p{L}/u.test(w));
    if (words.length < 8) return false;
    const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    return lower >= words.length / 4;
  });
}
