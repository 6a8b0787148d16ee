// Within-article resolution: mentions of one entity become one entity with its aliases. Countries
// by gazetteer; organisations by a key that equates "Unification Ministry" with "Ministry of
// Unification" and "Korea-US" with "South Korea-US"; surnames to the one full name they fit.

import type { EntityKind } from "../../contract/model";
import { qualifyInstitutions, writtenCountry } from "./institution-country";
import { APPOSITION_ROLES, REGNAL_TITLES } from "./lexicon/roles";
import type { Mention, Role } from "./mention";
import { TEAM_AND_COMPANY_HEADS } from "./lexicon/name-cues";
import { COMPANY_SUFFIXES, ORG_HEADS } from "./lexicon/organizations";
import { TRADE_WORDS } from "./org-mentions";
import { canonicalOrgName, orgKey, sameOrg } from "./org-names";
import { PATRONYMIC_LINKS, shortNamesOf } from "./short-names";
import { normaliseName } from "./tokens";

/** One referent of an article, with every mention that names it. */
export interface Entity {
  kind: EntityKind;
  name: string;
  key: string;
  /** Indices of its mentions. */
  mentions: number[];
  roles: Role[];
  aliases: Set<string>;
  /** A generic institution's name with its country ("Ministry of Foreign Affairs (Mongolia)"). */
  qualifiedName?: string;
}

function orgNameScore(m: Mention): number {
  return (/^Ministry of /.test(m.name) ? 1000 : 0) + (m.implied ? 0 : 100) + m.name.length;
}

/**
 * The initials of a name's capitalised words: "Confederation of Indian Trade Unions" -> "CITU";
 * with `links`, its "of" too ("Congress of South African Trade Unions" -> "COSATU").
 */
function initials(name: string, links = false): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) || (links && w === "of"))
    .map((w) => (w[0] ?? "").toUpperCase())
    .join("");
}

/** An acronym written as a word ("Cosatu", "Nafta"): capitalised, short, no vowel-free run. */
/** The start of the key of a ministry whose name carries no country ("ministry:-:affairs foreign"). */
const BARE_MINISTRY = "ministry:-:";

const WORD_ACRONYM = /^\p{Lu}\p{Ll}{2,6}$/u;

/**
 * An acronym never defined in brackets ("CITU") is the one organisation of the article whose
 * initials it spells: one entity, the acronym an alias.
 */
function mergeAcronyms(found: Entity[], mentions: readonly Mention[]): void {
  for (const short of [...found]) {
    const name = mentions[short.mentions[0] ?? -1]?.name ?? "";
    const upper = WORD_ACRONYM.test(name) ? name.toUpperCase() : name;
    if (!/^\p{Lu}{2,7}$/u.test(upper)) continue;
    const spelled = found.filter(
      (e) =>
        e !== short &&
        e.name !== name &&
        (initials(e.name) === upper || (upper !== name && initials(e.name, true) === upper)),
    );
    const full = spelled[0];
    if (!full || spelled.length > 1) continue;
    full.mentions.push(...short.mentions);
    full.mentions.sort((a, b) => a - b);
    full.aliases.add(name);
    found.splice(found.indexOf(short), 1);
  }
}

/** Whether `long` is a longer name of the organisation `short` names by one of its words. */
function shortensTo(long: string, short: string, names: ReadonlySet<string>): boolean {
  const words = long.replace(/\.$/, "").split(" ");
  if (words.length < 2) return false;
  // "Norvale" after "Norvale PLC", "Kessler" after "Kessler Motor": a name and its suffixes.
  const word = /^\p{Lu}\p{Ll}/u.test(short);
  if (
    word &&
    words[0] === short &&
    words.slice(1).every((w) => COMPANY_SUFFIXES.has(w) || TRADE_WORDS.has(w))
  )
    return true;
  // "Banorte" after "Grupo Financiero Banorte", "the Kestrels" after "the Harbour Kestrels": the
  // distinctive last word, never a head noun ("Congress" is not "Trinamool Congress"), nor one
  // of two merged names ("Unibanco" is not "Itau Unibanco" when "Itau" is named too).
  if (word && words.at(-1) === short)
    return (
      !ORG_HEADS.has(short) &&
      !TEAM_AND_COMPANY_HEADS.has(short) &&
      !words.some((w) => w !== short && names.has(w))
    );
  // "NHB" after "NHB Vantage": an acronym and one word that is no head of its own.
  const second = words[1] ?? "";
  return (
    words.length === 2 &&
    words[0] === short &&
    /^\p{Lu}{2,6}$/u.test(short) &&
    !ORG_HEADS.has(second) &&
    !TEAM_AND_COMPANY_HEADS.has(second) &&
    !COMPANY_SUFFIXES.has(second)
  );
}

/**
 * An organisation named later by a short form of its name is the one organisation of the article
 * whose name shortens to it (shortensTo); with two such, it is neither.
 */
function mergeShortNames(found: Entity[]): void {
  const names = new Set(found.map((e) => e.name));
  for (const short of [...found]) {
    if (/[\s.]/.test(short.name) || !/^\p{Lu}/u.test(short.name)) continue;
    // An acronym another organisation defines is that organisation's ("CHP" of "... Party (CHP)").
    if (found.some((e) => e !== short && e.aliases.has(short.name))) continue;
    const longer = found.filter((e) => e !== short && shortensTo(e.name, short.name, names));
    const full = longer[0];
    if (!full || longer.length > 1) continue;
    full.mentions.push(...short.mentions);
    full.mentions.sort((a, b) => a - b);
    found.splice(found.indexOf(short), 1);
  }
}

/**
 * An organisation's key, with the country written just before a ministry named without one
 * ("Kenya's Ministry of Foreign Affairs"), so that two countries' ministries of one article stay
 * two organisations even when one portfolio's words include the other's.
 */
function ministryKey(m: Mention, body: string): string {
  const key = orgKey(m.name);
  if (!key.startsWith(BARE_MINISTRY)) return key;
  const country = writtenCountry(m, body);
  return country ? `ministry:${country.name}:${key.slice(BARE_MINISTRY.length)}` : key;
}

/** Organisations (and groups, named the same ways) by name key: one entity per key. */
function resolveOrgs(
  mentions: readonly Mention[],
  entities: Entity[],
  kind: "Organization" | "Group",
  body: string,
): void {
  const orgs = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === kind);
  const found: Entity[] = [];
  for (const { m, i } of orgs) {
    const key = ministryKey(m, body);
    let entity = found.find((e) => sameOrg(e.key, key));
    if (!entity) {
      entity = {
        kind,
        name: m.name,
        key,
        mentions: [],
        roles: [],
        aliases: new Set(),
      };
      found.push(entity);
    }
    entity.mentions.push(i);
    if (key.length > entity.key.length) entity.key = key;
    if (m.acronym) entity.aliases.add(m.acronym);
  }
  mergeAcronyms(found, mentions);
  mergeShortNames(found);
  for (const entity of found) {
    const best = entity.mentions
      .map((k) => mentions[k])
      .filter((x) => x !== undefined)
      .sort((x, y) => orgNameScore(y) - orgNameScore(x))[0];
    const parent = best?.parentName;
    entity.name =
      best && parent && best.name.startsWith(parent)
        ? `${canonicalOrgName(parent)} ${best.name.slice(parent.length).trim()}` // a unit under its parent's name
        : canonicalOrgName(best?.name ?? entity.name);
  }
  // Two countries' ministries of one portfolio keep their countries in their names.
  const colliding = found.filter((e) =>
    found.some((other) => other !== e && other.name === e.name),
  );
  for (const entity of colliding) {
    const qualified = entity.mentions
      .map((k) => mentions[k]?.name ?? "")
      .find((n) => canonicalOrgName(n, true) !== canonicalOrgName(n));
    // "Kenya's Foreign Ministry": the country written before it, which its key keeps.
    const country = entity.key.startsWith("ministry:") ? entity.key.split(":")[1] : undefined;
    if (qualified) entity.name = canonicalOrgName(qualified, true);
    else if (country && country !== "-") entity.name = `${entity.name} (${country})`;
  }
  entities.push(...found);
}

/**
 * Picks the full-named person a short name refers to. Among people named before it, the only one it
 * fits; among several (two people of one family name), the only one whose title fits the short
 * name's, else the one named clearly more often so far; a tie refers to no one.
 */
function pickPerson(
  m: Mention,
  index: number,
  candidates: readonly Entity[],
  mentions: readonly Mention[],
): Entity | undefined {
  const earlier = (e: Entity) =>
    e.mentions.filter((k) => k !== index && (mentions[k]?.start ?? 0) < m.start).length;
  const named = candidates.filter((e) => earlier(e) > 0);
  const pool = named.length > 0 ? named : candidates;
  if (pool.length <= 1) return pool[0];
  const fit = m.role ? pool.filter((e) => e.roles.some((r) => r.word === m.role?.word)) : [];
  if (fit.length === 1) return fit[0];
  const [first, second] = [...(fit.length > 1 ? fit : pool)].sort(
    (a, b) => earlier(b) - earlier(a),
  );
  return first && second && earlier(first) > earlier(second) ? first : undefined;
}

/** The role an apposition gives a name ("X, head of ...", "X, a spokesperson for ..."). */
function appositionRole(m: Mention, body: string): Role | undefined {
  const rest = /^,\s*(?:a|an|the)?\s*([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(
    body.slice(m.end, m.end + 60),
  );
  const word = [rest?.[1], rest?.[2]].find((w) => w !== undefined && APPOSITION_ROLES.has(w));
  const kind = word === undefined ? undefined : APPOSITION_ROLES.get(word);
  if (word === undefined || kind === undefined) return undefined;
  const title = word === rest?.[2] ? `${rest[1] ?? ""} ${word}` : word; // "special representative"
  return { title, word, kind, subordinate: false, past: false };
}

/** A patronymic chain ending in a name: "Hamdan bin Mohammed", not "Hamdan" nor "Hamdan bin". */
function isChain(name: string): boolean {
  const words = normaliseName(name).split(" ");
  return words.length >= 3 && words.slice(1, -1).some((w) => PATRONYMIC_LINKS.has(w));
}

/** Whether a name opens with an initial ("L. Ruiz", "L Ruiz"). */
function initialFirst(name: string): boolean {
  return /^\p{Lu}\.?\s/u.test(name);
}

function resolvePeople(mentions: readonly Mention[], entities: Entity[], body: string): void {
  const people = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === "Person");
  const words = (name: string) => name.split(/\s+/).length;
  // A name is normalised once, however many mentions compare against it.
  const normalised = new Map<string, string>();
  const norm = (name: string): string => {
    let n = normalised.get(name);
    if (n === undefined) normalised.set(name, (n = normaliseName(name)));
    return n;
  };
  /** A name's words without leading initials of a style ("H.E."). */
  const nameWords = (name: string): string[] => {
    const all = norm(name).split(" ");
    let k = 0;
    while (k < all.length - 2 && (all[k] ?? "").length === 1) k++;
    return all.slice(k);
  };
  const byKey = new Map<string, Entity>();
  for (const e of entities) if (!byKey.has(e.key)) byKey.set(e.key, e);
  /** The one longer name a full name is a shorter form of, if exactly one fits. */
  const longerName = (m: Mention): Entity | undefined => {
    const spaced = ` ${norm(m.name)}`;
    // "Von der Leyen" after "Ursula von der Leyen" is the same person, written shorter; "Al Saud"
    // after two people of that family is neither.
    const own = nameWords(m.name);
    const longer = entities.filter((e) => {
      if (e.kind !== "Person" || words(m.name) < 2) return false;
      const written = ` ${norm(e.name)}`;
      const theirs = nameWords(e.name);
      // "Ana Ruiz" for "H.E. Ana Maria Ruiz" (a middle name left out), "Tengku Ahmad Rizal" for
      // "Tengku Ahmad Rizal Tengku Aziz" (a long name cut after three words).
      if (theirs.length > own.length && !isChain(e.name)) {
        const middle = own[0] === theirs[0] && own.at(-1) === theirs.at(-1);
        const prefix = own.length >= 3 && own.every((w, k) => theirs[k] === w);
        if (middle || prefix) return true;
      }
      // "L. Ruiz" for "Lena Ruiz": an initial for the given name.
      const initial = own.length === 2 && own[0]?.length === 1 && theirs.length >= 2;
      if (initial && (theirs[0]?.length ?? 0) > 1 && theirs[0]?.[0] === own[0])
        return theirs.at(-1) === own[1];
      if (!written.endsWith(spaced)) return false;
      // "Salman bin Abdulaziz" is the father of "Mohammed bin Salman bin Abdulaziz", not him.
      const before = written.slice(0, -spaced.length).split(" ").at(-1) ?? "";
      return !PATRONYMIC_LINKS.has(before);
    });
    // "Mohammed bin Zayed" for "Mohammed bin Zayed Al Nahyan": a chain written without its end.
    if (isChain(m.name))
      longer.push(
        ...entities.filter(
          (e) => e.kind === "Person" && `${norm(e.name)} `.startsWith(`${spaced.trim()} `),
        ),
      );
    return longer.length === 1 ? longer[0] : undefined;
  };
  const full = people
    .filter(({ m }) => !m.partial)
    // Longer names first, and a full given name before an initial ("Lena Ruiz" before "L. Ruiz").
    .sort(
      (a, b) =>
        words(b.m.name) - words(a.m.name) ||
        Number(initialFirst(a.m.name)) - Number(initialFirst(b.m.name)),
    );
  for (const { m, i } of full) {
    const key = `person:${norm(m.name).replace(/ /g, "")}`;
    let entity = byKey.get(key) ?? longerName(m);
    if (!entity) {
      entity = { kind: "Person", name: m.name, key, mentions: [], roles: [], aliases: new Set() };
      entities.push(entity);
      byKey.set(key, entity);
    }
    entity.mentions.push(i);
    const role = m.role ?? appositionRole(m, body);
    if (role) entity.roles.push(role);
  }
  const persons = entities.filter((e) => e.kind === "Person");
  const ordered = people.filter(({ m }) => m.partial).sort((a, b) => a.m.start - b.m.start);
  for (const { m, i } of ordered) {
    // A surname first; else another word of one full name ("Lula", "Xi", "Tedros").
    const bySurname = persons.filter((e) => shortNamesOf(e.name).surname.includes(m.name));
    const candidates =
      bySurname.length > 0
        ? bySurname
        : persons.filter((e) => shortNamesOf(e.name).other.includes(m.name));
    const regnal = m.role && REGNAL_TITLES.has(m.role.word) ? m.role.word : undefined;
    let entity = pickPerson(m, i, candidates, mentions);
    if (!entity && regnal && candidates.length === 0) {
      // "King Salman" with no fuller name in the article: the title is part of how he is named.
      const name = `${regnal.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())} ${m.name}`;
      const key = `person:${normaliseName(name).replace(/ /g, "")}`;
      entity = entities.find((e) => e.key === key);
      if (!entity) {
        entity = { kind: "Person", name, key, mentions: [], roles: [], aliases: new Set() };
        entities.push(entity);
        persons.push(entity);
      }
    }
    if (!entity) continue;
    entity.mentions.push(i);
    if (m.role) entity.roles.push(m.role);
  }
}

/** Groups mentions into entities and records each mention's entity index. */
export function resolveEntities(mentions: Mention[], body: string): Entity[] {
  const entities: Entity[] = [];
  resolveOrgs(mentions, entities, "Organization", body);
  resolveOrgs(mentions, entities, "Group", body);
  resolvePeople(mentions, entities, body);
  mentions.forEach((m, i) => {
    if (m.kind !== "Country" && m.kind !== "Place") return;
    const key = `${m.kind}:${m.kind === "Country" ? m.name : normaliseName(m.name)}`;
    let entity = entities.find((e) => e.key === key);
    if (!entity) {
      entity = { kind: m.kind, name: m.name, key, mentions: [], roles: [], aliases: new Set() };
      entities.push(entity);
    }
    entity.mentions.push(i);
  });
  entities.forEach((e, index) => {
    for (const k of e.mentions) {
      const m = mentions[k];
      if (!m) continue;
      m.entity = index;
      const surface = m.implied ? "" : body.slice(m.start, m.end);
      // An organisation's alias must name it on its own ("DPK", "Foreign Ministry", not "Foreign").
      const standalone =
        (e.kind !== "Organization" && e.kind !== "Group") ||
        /\s/.test(surface) ||
        /^[\p{Lu}.&]{2,}$/u.test(surface);
      if (surface && surface !== e.name && /\s|\p{Lu}/u.test(surface) && standalone)
        e.aliases.add(surface);
      if (m.role && surface) e.aliases.add(`${m.role.title} ${surface}`);
    }
  });
  qualifyInstitutions(entities, mentions, body);
  return entities;
}
