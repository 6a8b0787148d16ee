// Within-article resolution: mentions of one entity become one entity with its aliases. Countries
// by gazetteer; organisations by a key that equates "Unification Ministry" with "Ministry of
// Unification" and "Korea-US" with "South Korea-US"; surnames to the one full name they fit.

import type { EntityKind } from "../../contract/model";
import { ORG_HEADS } from "./lexicon/organizations";
import { APPOSITION_ROLES } from "./lexicon/roles";
import { COUNTRIES, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "./lexicon/countries";
import type { Mention, Role } from "./mention";
import { surnameOf } from "./person-mentions";
import { normaliseName } from "./tokens";

export interface Entity {
  kind: EntityKind;
  name: string;
  key: string;
  /** Indices of its mentions. */
  mentions: number[];
  roles: Role[];
  aliases: Set<string>;
}

const COUNTRY_WORDS = new RegExp(
  `(?<![\\p{L}])(${[
    ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]),
    ...COUNTRY_BY_DEMONYM.keys(),
  ]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}])`,
  "gu",
);

/** Portfolio words of a ministry name ("Ministry of Foreign Affairs" -> foreign, affairs). */
function ministryWords(name: string): string[] | null {
  const bare = name.replace(/^the\s+/i, "");
  const m = /^Ministry of (.+)$/i.exec(bare) ?? /^(.+?) Ministry$/i.exec(bare);
  if (!m?.[1] || m[1].split(" ").some((w) => ORG_HEADS.has(w))) return null;
  return normaliseName(m[1])
    .split(" ")
    .filter((w) => w !== "and" && w !== "the");
}

/** Key of an organisation name: country words canonical and sorted, case and punctuation gone. */
export function orgKey(name: string): string {
  const stripped = name.replace(/^the\s+/i, "");
  const withoutCountryPrefix = stripped.replace(
    /^(?:South Korean|North Korean|[A-Z][a-z]+an|[A-Z][a-z]+ese|US|U\.S\.) (?=Ministry\b)/,
    "",
  );
  const ministry = ministryWords(withoutCountryPrefix);
  if (ministry) return `ministry:${ministry.sort().join(" ")}`;
  const countries = stripped.replace(COUNTRY_WORDS, (w) => {
    const c = COUNTRY_BY_NAME.get(w) ?? COUNTRY_BY_DEMONYM.get(w);
    return c ? `{${c.name}}` : w;
  });
  const sorted = countries.replace(/\{[^}]+\}(?:-\{[^}]+\})+/g, (group) =>
    group.split("-").sort().join("-"),
  );
  return normaliseName(sorted.replace(/[{}]/g, ""));
}

function sameOrg(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith("ministry:") && b.startsWith("ministry:")) {
    const wa = a.slice(9).split(" ");
    const wb = b.slice(9).split(" ");
    const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    return small.every((w) => large.includes(w));
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 2 && long.startsWith(`${short} `);
}

function orgNameScore(m: Mention): number {
  return (/^Ministry of /.test(m.name) ? 1000 : 0) + (m.implied ? 0 : 100) + m.name.length;
}

function resolveOrgs(mentions: readonly Mention[], entities: Entity[]): void {
  const orgs = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === "Organization");
  for (const { m, i } of orgs) {
    const key = orgKey(m.name);
    let entity = entities.find((e) => e.kind === "Organization" && sameOrg(e.key, key));
    if (!entity) {
      entity = {
        kind: "Organization",
        name: m.name,
        key,
        mentions: [],
        roles: [],
        aliases: new Set(),
      };
      entities.push(entity);
    }
    entity.mentions.push(i);
    if (key.length > entity.key.length && !entity.key.startsWith("ministry:")) entity.key = key;
    const best = entity.mentions
      .map((k) => mentions[k])
      .filter((x) => x !== undefined)
      .sort((x, y) => orgNameScore(y) - orgNameScore(x))[0];
    entity.name = (best?.name ?? m.name).replace(/^the\s+/i, "");
    if (m.acronym) entity.aliases.add(m.acronym);
  }
}

/** Picks the full-named person a surname refers to: title fit first, then the latest mentioned. */
function pickPerson(
  m: Mention,
  index: number,
  candidates: Entity[],
  mentions: readonly Mention[],
): Entity | undefined {
  if (candidates.length <= 1) return candidates[0];
  let pool = candidates;
  if (m.role) {
    const fit = pool.filter((e) => e.roles.some((r) => r.word === m.role?.word));
    if (fit.length > 0) pool = fit;
  }
  const earlier = (e: Entity) =>
    e.mentions.filter((k) => (mentions[k]?.start ?? 0) < m.start && k !== index);
  const lastBefore = (e: Entity) =>
    Math.max(-1, ...earlier(e).map((k) => mentions[k]?.start ?? -1));
  // Salience first (how often each was named before), the latest named breaking ties.
  const score = (e: Entity) => earlier(e).length;
  return [...pool].sort((a, b) => score(b) - score(a) || lastBefore(b) - lastBefore(a))[0];
}

/** The role an apposition gives a name ("X, head of ...", "X, a spokesperson for ..."). */
function appositionRole(m: Mention, body: string): Role | undefined {
  const rest = /^,\s*(?:a|an|the)?\s*([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(
    body.slice(m.end, m.end + 60),
  );
  const word = [rest?.[1], rest?.[2]].find((w) => w !== undefined && APPOSITION_ROLES.has(w));
  const kind = word === undefined ? undefined : APPOSITION_ROLES.get(word);
  if (word === undefined || kind === undefined) return undefined;
  return { title: word, word, kind, subordinate: false, past: false };
}

function resolvePeople(mentions: readonly Mention[], entities: Entity[], body: string): void {
  const people = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === "Person");
  const words = (name: string) => name.split(/\s+/).length;
  const full = people
    .filter(({ m }) => !m.partial)
    .sort((a, b) => words(b.m.name) - words(a.m.name));
  for (const { m, i } of full) {
    const key = `person:${normaliseName(m.name).replace(/ /g, "")}`;
    const spaced = ` ${normaliseName(m.name)}`;
    // "Von der Leyen" after "Ursula von der Leyen" is the same person, written shorter.
    let entity =
      entities.find((e) => e.key === key) ??
      entities.find(
        (e) =>
          e.kind === "Person" && words(m.name) >= 2 && ` ${normaliseName(e.name)}`.endsWith(spaced),
      );
    if (!entity) {
      entity = { kind: "Person", name: m.name, key, mentions: [], roles: [], aliases: new Set() };
      entities.push(entity);
    }
    entity.mentions.push(i);
    const role = m.role ?? appositionRole(m, body);
    if (role) entity.roles.push(role);
  }
  const persons = entities.filter((e) => e.kind === "Person");
  const ordered = people.filter(({ m }) => m.partial).sort((a, b) => a.m.start - b.m.start);
  for (const { m, i } of ordered) {
    const candidates = persons.filter((e) => surnameOf(e.name) === m.name);
    const entity = pickPerson(m, i, candidates, mentions);
    if (!entity) continue;
    entity.mentions.push(i);
    if (m.role) entity.roles.push(m.role);
  }
}

/** Groups mentions into entities and records each mention's entity index. */
export function resolveEntities(mentions: Mention[], body: string): Entity[] {
  const entities: Entity[] = [];
  resolveOrgs(mentions, entities);
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
        e.kind !== "Organization" || /\s/.test(surface) || /^[\p{Lu}.&]{2,}$/u.test(surface);
      if (surface && surface !== e.name && /\s|\p{Lu}/u.test(surface) && standalone)
        e.aliases.add(surface);
      if (m.role && surface) e.aliases.add(`${m.role.title} ${surface}`);
    }
  });
  return entities;
}
