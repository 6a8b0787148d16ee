// Finds every entity mention of an article's sentences: a first pass by pattern (organisations,
// titled names, places, name shapes, countries, cued names), then a second pass for references
// that need the first (acronyms, surnames, "the foreign ministry").

import type { Evidence } from "../../contract/model";
import { SentenceScan } from "./mention";
import { NameChunks } from "./name-chunks";
import type { Mention } from "./mention";
import {
  companyShortName,
  findCoordinatedMinistries,
  findKnownOrgs,
  findLedOrgs,
  findOrgReferences,
  findPatternOrgs,
} from "./org-mentions";
import { findPlaceBodies } from "./org-bodies";
import { findDefinedOrgs, findListedOrgs } from "./org-lists";
import { findGroupReferences, findGroups, markGroups } from "./group-mentions";
import { findCuedNames, findEastAsianNames, findNameReferences } from "./person-names";
import { findNamesAfterOrgRoles, findOrgsBeforeRoles, findRoleOfOrgs } from "./role-of-orgs";
import { shortNamesOf } from "./short-names";
import { findTitledPersons } from "./titled-persons";
import { findCountries, findDatelinePlace, findPlaces } from "./place-mentions";
import { normaliseName, quoteRanges } from "./tokens";

/** All mentions in the body, in the order they were found (indices are stable). */
export function findMentions(body: string, sentences: readonly Evidence[]): Mention[] {
  const quotes = quoteRanges(body);
  const mentions: Mention[] = [];
  const scans = sentences.map((s, i) => new SentenceScan(i, s, quotes, mentions));
  // Acronyms are usable from the sentence after their definition ("DPK Rep. Kim" after "(DPK)").
  const acronyms = new Map<string, string>();
  const chunks = new NameChunks(body);
  for (const scan of scans) {
    findDatelinePlace(scan);
    findKnownOrgs(scan, acronyms, true);
    const before = scan.mentions.length;
    findPatternOrgs(scan);
    findLedOrgs(scan);
    findCoordinatedMinistries(scan);
    findDefinedOrgs(scan);
    findListedOrgs(scan, chunks);
    findPlaceBodies(scan);
    for (const m of scan.mentions.slice(before)) {
      if (m.acronym) acronyms.set(m.acronym, m.name);
      // "SpringWorks" later for "SpringWorks Therapeutics", "Merck" for "Merck KGaA".
      const short = companyShortName(m.name);
      if (short && !acronyms.has(short)) acronyms.set(short, m.name);
    }
    findOrgsBeforeRoles(scan, chunks);
    findTitledPersons(scan);
    findRoleOfOrgs(scan);
    findNamesAfterOrgRoles(scan);
    findPlaces(scan);
    findEastAsianNames(scan);
    findCountries(scan);
    findGroups(scan);
    findCuedNames(scan);
    chunks.find(scan);
  }
  const people = mentions.filter((m) => m.kind === "Person" && !m.partial);
  const fullNames = new Set(people.map((m) => normaliseName(m.name)));
  const surnames = new Set(
    people.flatMap((m) => {
      const short = shortNamesOf(m.name);
      return [...short.surname, ...short.other];
    }),
  );
  const groups = markGroups(mentions);
  for (const scan of scans) {
    findKnownOrgs(scan, acronyms);
    findNameReferences(scan, fullNames, surnames);
    findOrgReferences(scan);
    findGroupReferences(scan, groups);
    chunks.findReferences(scan);
  }
  markGroups(mentions);
  return mentions;
}
