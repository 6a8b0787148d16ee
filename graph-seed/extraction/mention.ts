// Mentions: a stretch of one sentence naming (or, for titles, implying) an entity, and the scan
// state the mention finders share while they claim stretches of a sentence.

import type { EntityKind, Evidence } from "../../contract/model";
import type { Country } from "./lexicon/countries";
import { NEVER_PERSON_HEADS } from "./lexicon/organizations";
import type { RoleKind } from "./lexicon/roles";
import { tokenize } from "./tokens";
import type { Token } from "./tokens";

/** The title written with a person's name ("US Ambassador", "Vice Unification Minister"). */
export interface Role {
  /** Title as written, qualifiers included. */
  title: string;
  /** Normalised title word ("minister", "ambassador"). */
  word: string;
  kind: RoleKind;
  subordinate: boolean;
  past: boolean;
  /** Country named by the title ("US Ambassador", "French President"). */
  country?: Country;
  /** Mention index of the organisation named by the title ("Unification Ministry spokesperson"). */
  org?: number;
  /** Portfolio words ("Unification" in "Unification Minister"). */
  portfolio?: string;
}

export interface Mention {
  kind: EntityKind;
  /** Proposed canonical name. */
  name: string;
  /** Offsets into the body; implied mentions carry the span of the title implying them. */
  start: number;
  end: number;
  sentence: number;
  /** A surname alone ("Lee"), to be resolved to a full name. */
  partial: boolean;
  inQuote: boolean;
  /** Not written as a name but implied ("Ministry of Unification" from "Unification Minister"). */
  implied: boolean;
  role?: Role;
  /** Name of the organisation this one is a unit of ("the Ministry's Policy Office"). */
  parentName?: string;
  /** Acronym the text defines for this organisation ("(DPK)"). */
  acronym?: string;
  country?: Country;
  /** Resolved entity index, set by the resolver. */
  entity?: number;
}

/** One sentence being scanned: its tokens and the stretches already claimed by a mention. */
export class SentenceScan {
  readonly tokens: Token[];
  private readonly lowered: string[];
  /** Claimed stretches as start, end pairs, in the order they were claimed (never removed). */
  private readonly claimed: number[] = [];
  /**
   * Per token: how many claimed stretches it is known to be clear of, or -1 once one covers it.
   * Claims are only ever added, so a token is checked against each stretch at most once: the
   * finders ask about every token again and again while a sentence fills up.
   */
  private readonly clearOf: number[];

  constructor(
    readonly index: number,
    readonly evidence: Evidence,
    private readonly quotes: readonly [number, number][],
    readonly mentions: Mention[],
  ) {
    this.tokens = tokenize(evidence.sentence, evidence.start);
    this.lowered = this.tokens.map((t) => t.text.toLowerCase());
    this.clearOf = new Array<number>(this.tokens.length).fill(0);
  }

  /** Whether no mention has claimed any character of [start, end). */
  isFree(start: number, end: number): boolean {
    return this.clearFrom(0, start, end);
  }

  /** Whether [start, end) overlaps none of the claimed stretches from the k-th on. */
  private clearFrom(k: number, start: number, end: number): boolean {
    const claimed = this.claimed;
    for (let j = 2 * k; j < claimed.length; j += 2) {
      if (end > (claimed[j] as number) && (claimed[j + 1] as number) > start) return false;
    }
    return true;
  }

  tokenFree(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    const known = this.clearOf[i] as number;
    const count = this.claimed.length / 2;
    if (known === count) return true;
    if (known < 0) return false;
    const free = this.clearFrom(known, t.start, t.end);
    this.clearOf[i] = free ? count : -1;
    return free;
  }

  claim(start: number, end: number): void {
    this.claimed.push(start, end);
  }

  inQuote(start: number): boolean {
    return this.quotes.some(([s, e]) => start >= s && start < e);
  }

  /** Body text between two token indices, inclusive. */
  text(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to];
    if (!a || !b) return "";
    return this.evidence.sentence.slice(a.start - this.evidence.start, b.end - this.evidence.start);
  }

  /** Token i as written; "" outside the sentence, so callers can look ahead without bounds checks. */
  word(i: number): string {
    return this.tokens[i]?.text ?? "";
  }

  /** Token i in lower case; "" outside the sentence. */
  lower(i: number): string {
    return this.lowered[i] ?? "";
  }

  /** Adds a mention over tokens [from, to] and claims them; returns its index. */
  add(kind: Mention["kind"], from: number, to: number, extra: Partial<Mention> = {}): number {
    const a = this.tokens[from];
    const b = this.tokens[to];
    if (!a || !b) return -1;
    this.claim(a.start, b.end);
    // A name that ends in an organisation's head ("Norvale Holdings", "Selatan Airlines Bhd") is
    // an organisation whichever finder took it for a person, and holds no person's role.
    const organisation = kind === "Person" && from < to && NEVER_PERSON_HEADS.has(b.text);
    if (organisation) {
      kind = "Organization";
      delete extra.role;
      delete extra.partial;
    }
    this.mentions.push({
      kind,
      name: this.text(from, to),
      start: a.start,
      end: b.end,
      sentence: this.index,
      partial: false,
      inQuote: this.inQuote(a.start),
      implied: false,
      ...extra,
    });
    return this.mentions.length - 1;
  }
}
