// The generated corpus of bench:ingest: its pool must hold as many distinct names as it says
// (the issue asks for a realistic year of news: at least 50,000 distinct entities), and the
// same seed gives the same pages.
import { describe, expect, it } from "vitest";
import { DEFAULT_POOL, newsCorpus, organizationName, personName } from "../../../bench/news-corpus";

const distinct = (count: number, name: (i: number) => string) =>
  new Set(Array.from({ length: count }, (_, i) => name(i))).size;

describe("newsCorpus", () => {
  it("names every person and organisation of the default pool differently", () => {
    expect(distinct(DEFAULT_POOL.people, personName)).toBe(DEFAULT_POOL.people);
    expect(distinct(DEFAULT_POOL.organizations, organizationName)).toBe(DEFAULT_POOL.organizations);
    // Two words each, capitalised, as the extractor expects names to look.
    expect(personName(119_999)).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(organizationName(19_999)).toMatch(/^[A-Z][a-z]+ [A-Z][A-Za-z ]+$/);
  });

  it("draws many distinct people from the pool, a few of them very often", () => {
    const pages = newsCorpus(11);
    const counts = new Map<string, number>();
    for (let i = 0; i < 2_000; i++) {
      // Two capitalised words, the second of eight letters or more: people ("Foreign Minister" aside).
      const names = pages.next().match(/\b[A-Z][a-z]+ [A-Z][a-z]{7,}\b/g) ?? [];
      for (const name of names.filter((n) => !n.endsWith(" Minister"))) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(5_000);
    expect(sorted[0]).toBeGreaterThan(100 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it("gives the same pages for the same seed, and refuses a pool it cannot name", () => {
    const a = newsCorpus(3);
    const b = newsCorpus(3);
    for (let i = 0; i < 5; i++) expect(a.next()).toBe(b.next());
    expect(() => newsCorpus(1, { people: 10, organizations: 50_000 })).toThrow(RangeError);
  });
});
