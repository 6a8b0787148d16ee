// A benchmark corpus made from the seed articles: each variant renames the people, shifts the
// dates, shuffles the body paragraphs and varies the page clutter, so the extractor never sees
// the same page twice. Used by the benchmark only.

const GIVEN = ["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yoon", "Su-bin", "Ye-jin", "Tae-ho"];
const FAMILY = ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Seo", "Kwon", "Oh"];
const WESTERN = [
  "Laura Becker",
  "Tom Hughes",
  "Maria Silva",
  "Peter Lang",
  "Anna Novak",
  "James Reed",
];
const MENUS = [
  "Home\nWorld\nPolitics\nBusiness\nSports\nOpinion",
  "News\nEconomy\nTech\nCulture\nTravel",
];
const FOOTERS = [
  "Copyright Example Media. All Rights Reserved.\nTerms of Use | Privacy Policy",
  "MOST POPULAR\nLatest News\n(c) 2021 Daily Wire Co.\nAddress : 1 Main Street",
];

/** A deterministic pseudo-random generator, so every run benchmarks the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], rnd: () => number): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error("bench: cannot pick from an empty list");
  return item;
}

/** Names that look like people's names in the seeds: "Family Given-name" and "First Last". */
const PERSON = /\b(?:[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+|Harry Harris)\b/g;

/** Makes `count` variants of the given seed pages. */
export function makeVariants(seeds: readonly string[], count: number): string[] {
  const rnd = random(42);
  const variants: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] ?? "";
    const renames = new Map<string, string>();
    const renamed = seed.replace(PERSON, (name) => {
      const replacement =
        renames.get(name) ??
        (rnd() < 0.7 ? `${pick(FAMILY, rnd)} ${pick(GIVEN, rnd)}` : pick(WESTERN, rnd));
      renames.set(name, replacement);
      return replacement;
    });
    const year = 2015 + Math.floor(rnd() * 8);
    const dated = renamed.replace(/\b20\d\d\b/g, String(year));
    const blocks = dated.split(/\n\s*\n/);
    const head = blocks.slice(0, 3);
    const body = blocks.slice(3).sort(() => rnd() - 0.5);
    variants.push([pick(MENUS, rnd), ...head, ...body, pick(FOOTERS, rnd)].join("\n\n"));
  }
  return variants;
}
