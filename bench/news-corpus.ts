// A seeded generator of news-like articles for `npm run bench:ingest`: pages with a headline, a
// date line and prose written from our own sentence templates (meetings, roles, disagreements,
// the constructions the extractor handles), about people, organisations and countries drawn from
// a large generated pool with Zipf-like reuse: a few heads of state in thousands of articles,
// most names in one or two, as in a real year of news. Same seed, same corpus.
import { COUNTRIES } from "../graph-seed/extraction/lexicon/countries";
import { random as seededRandom } from "./variant-corpus";

const SYLLABLES = ["ka", "min", "so", "ra", "jun", "ve", "ta", "lo", "nel", "dor", "pik", "sun"]
  .concat(["mar", "el", "yo", "bri", "gan", "tos", "wen", "qui", "zar", "fen", "has", "ul", "ber"])
  .concat(["ti", "mo", "ren", "sa", "vik", "da", "lin", "ro", "ne", "kel"]);
const TITLES = ["Minister", "Senator", "Governor", "Ambassador", "President", "Mayor", "General"];
const PORTFOLIOS = ["Foreign", "Finance", "Trade", "Defence", "Energy", "Health", "Interior"];
const ORG_HEADS = ["Party", "Alliance", "Holdings", "Federation", "Workers Union", "Bank"];
const TOPICS = ["tariffs", "fishing rights", "the budget", "migration", "the pipeline", "taxes"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const OUTLETS = ["Daily Ledger", "Northern Wire", "Coastal Times", "Metro Herald", "The Courier"];
const FILLER = [
  "Officials did not give further details of the talks.",
  "The announcement came after weeks of negotiations behind closed doors.",
  "Analysts said the decision could shape the economy for years to come.",
  "Opposition lawmakers are expected to debate the proposal next month.",
  "Markets reacted calmly to the news, with shares closing slightly higher.",
  "The statement said both sides would continue to work closely together.",
  "A spokesperson declined to comment on the details of the agreement.",
  "Critics argue that the plan does little to address rising prices.",
];

/** The pool's sizes; the defaults give well over 50,000 distinct entities at 100,000 articles. */
export interface CorpusPool {
  people: number;
  organizations: number;
}

export const DEFAULT_POOL: CorpusPool = { people: 120_000, organizations: 20_000 };

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The i-th generated word of `syllables` syllables, pronounceable; distinct for distinct i below
 * SYLLABLES.length ** syllables (35 ** 2 = 1,225; 35 ** 3 = 42,875; 35 ** 4 = 1,500,625).
 */
function word(i: number, syllables: number): string {
  let text = "";
  let n = i;
  for (let s = 0; s < syllables; s++) {
    text += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return cap(text);
}

/**
 * Draws indexes 0..size-1 with probability proportional to 1/(i+1)^exponent (Zipf): index 0 is
 * the most named, and the tail is long. Inverse transform over the cumulative weights.
 */
export function zipfSampler(size: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) cumulative[i] = total += 1 / (i + 1) ** exponent;
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Spreads 0..size-1 over itself one to one (size a power of 35, `prime` prime to it), so that
 * neighbouring indexes get unlike names.
 */
const spread = (i: number, size: number, prime: number) => (i * prime + 3) % size;

/**
 * The name of the pool's i-th person: a given name of two syllables (they repeat, as given names
 * do) and a family name of four, distinct for every i below 35 ** 4, so the pool's people are as
 * many as its size says.
 */
export function personName(i: number): string {
  return `${word(spread(i, 1_225, 337), 2)} ${word(spread(i, 1_500_625, 7_919), 4)}`;
}

/** The name of the pool's i-th organisation: distinct for every i below 35 ** 3 = 42,875. */
export function organizationName(i: number): string {
  return `${word(spread(i, 42_875, 7_919), 3)} ${ORG_HEADS[i % ORG_HEADS.length]}`;
}

/** Generates news-like article pages, one per call of `next()`, deterministically from `seed`. */
export function newsCorpus(seed = 42, pool: CorpusPool = DEFAULT_POOL): { next: () => string } {
  if (pool.people > 1_500_625 || pool.organizations > 42_875) {
    throw new RangeError("the generator names at most 1,500,625 people and 42,875 organisations");
  }
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const personIndex = zipfSampler(pool.people, 1.0, random);
  const orgIndex = zipfSampler(pool.organizations, 1.0, random);
  const countryIndex = zipfSampler(COUNTRIES.length, 1.2, random);
  // A person has a title that stays the same wherever they appear.
  const named = () => {
    const i = personIndex();
    const name = personName(i);
    const title = TITLES[i % TITLES.length]!;
    const portfolio = PORTFOLIOS[Math.floor(i / TITLES.length) % PORTFOLIOS.length]!;
    return { name, titled: `${title === "Minister" ? `${portfolio} ` : ""}${title} ${name}` };
  };
  const person = () => named().titled;
  const bare = () => named().name;
  const org = () => organizationName(orgIndex());
  const country = () => COUNTRIES[countryIndex()]!.name;
  const day = () => pick(WEEKDAYS);

  const templates: (() => string)[] = [
    () => `${person()} met ${person()} in ${country()} on ${day()}.`,
    () => `${person()} held talks with ${person()}, ${person()} and ${person()} on ${day()}.`,
    () => `${person()} and ${person()} held a bilateral meeting on the sidelines of the summit.`,
    () => {
      const p = bare();
      return `${p}, who leads the ${org()}, spoke first at the meeting.`;
    },
    () => `${person()} clashed with ${person()} over ${pick(TOPICS)} on ${day()}.`,
    () => `${person()} has lambasted the ${org()}'s reform plan, describing it as reckless.`,
    () => `The chief executive of ${org()}, ${bare()}, met with ${person()} on ${day()}.`,
    () => `${bare()}, a member of the ${org()}, criticised the plan on ${day()}.`,
    () => `${person()} visited ${country()} on ${day()}.`,
    () => `${person()} hosted a luncheon for ${person()} and ${person()} on ${day()}.`,
  ];

  let count = 0;
  return {
    next: () => {
      count++;
      const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 366) * 86_400_000);
      const paragraphs: string[] = [];
      const size = 4 + Math.floor(random() * 4);
      for (let p = 0; p < size; p++) {
        const sentences = [pick(templates)(), pick(FILLER)];
        if (random() < 0.5) sentences.push(pick(templates)());
        paragraphs.push(sentences.join(" "));
      }
      const headline = `${cap(pick(TOPICS))} talks continue in ${country()} (${count})`;
      const dateLine = `${date.toISOString().slice(0, 10)} ${pick(OUTLETS)}`;
      return [headline, dateLine, ...paragraphs].join("\n\n") + "\n";
    },
  };
}
