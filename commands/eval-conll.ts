// `npm run eval:conll -- <eng.testa|eng.testb> [--misses]`: runs the extractor on every story of
// a CoNLL-2003 English file and scores, per story, the set of distinct names of each type
// (PER -> Person, ORG -> Organization, LOC -> Country or Place; MISC ignored). The data is not
// part of the repository: point it at a copy of the public files.

import { readFileSync } from "node:fs";
import type { EntityKind } from "../contract/model";
import { extract, parseArticle } from "../graph-seed/extraction/index";
import {
  hasProse,
  parseConll,
  storyText,
  type ConllStory,
  type ConllType,
} from "../graph-seed/evaluation/conll-stories";
import { answerHelp } from "../infra/command-help";

answerHelp(`usage: npm run eval:conll -- <eng.testa|eng.testb> [--misses]

Runs the extractor on every story of a CoNLL-2003 English file (kept outside the repository)
and prints precision, recall and F1 of the distinct names per type (PER -> Person, ORG ->
Organization, LOC -> Country or Place; MISC ignored). --misses lists what was missed or extra.`);

const TYPE_OF_KIND: Partial<Record<EntityKind, ConllType>> = {
  Person: "PER",
  Organization: "ORG",
  Country: "LOC",
  Place: "LOC",
};
const TYPES: readonly ConllType[] = ["PER", "ORG", "LOC"];

interface Counts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  refused: number;
  empty: number;
  stories: number;
}

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/^the /, "")
    .replace(/\.$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Gold names of one type grouped by entity: a name that is the first or last words of a longer
 * one ("Simmons" in "Phil Simmons") is the same referent written short.
 */
function goldEntities(names: ReadonlySet<string>): Set<string>[] {
  const keys = [...new Set([...names].map(key))].sort((a, b) => b.length - a.length);
  const groups: Set<string>[] = [];
  for (const k of keys) {
    const group = groups.find((g) =>
      [...g].some((long) => long.startsWith(`${k} `) || long.endsWith(` ${k}`)),
    );
    if (group) group.add(k);
    else groups.push(new Set([k]));
  }
  return groups;
}

function scoreStory(story: ConllStory, counts: Counts, misses: string[]): void {
  counts.stories++;
  const gold = Object.fromEntries(TYPES.map((t) => [t, goldEntities(story.names[t])])) as Record<
    ConllType,
    Set<string>[]
  >;
  for (const t of TYPES) counts.gold += gold[t].length;
  const article = parseArticle(storyText(story));
  if (article.body.trim() === "") {
    counts.refused++;
    for (const t of TYPES) for (const g of gold[t]) misses.push(`${t} ${[...g][0]} (refused)`);
    return;
  }
  const predicted = extract(article)
    .entities.map((e) => ({ type: TYPE_OF_KIND[e.type], keys: [e.name, ...e.aliases].map(key) }))
    .filter((p): p is { type: ConllType; keys: string[] } => p.type !== undefined);
  if (predicted.length === 0) counts.empty++;
  for (const p of predicted) {
    counts.predicted++;
    if (gold[p.type].some((g) => p.keys.some((k) => g.has(k)))) counts.correct++;
    else misses.push(`extra ${p.type} ${p.keys[0] ?? ""}`);
  }
  for (const t of TYPES) {
    for (const g of gold[t]) {
      const hit = predicted.some((p) => p.type === t && p.keys.some((k) => g.has(k)));
      if (hit) counts.found++;
      else misses.push(`missed ${t} ${[...g][0] ?? ""}`);
    }
  }
}

function line(label: string, c: Counts): string {
  const p = c.predicted ? c.correct / c.predicted : 0;
  const r = c.gold ? c.found / c.gold : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const fig = (x: number) => x.toFixed(2);
  return (
    `${label.padEnd(18)} ${String(c.stories).padStart(4)} stories  P ${fig(p)}  R ${fig(r)}  ` +
    `F1 ${fig(f)}  refused ${c.refused}  no entity ${c.empty}`
  );
}

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== "--");
  const file = args.find((a) => !a.startsWith("--"));
  if (file === undefined || args.some((a) => a.startsWith("--") && a !== "--misses")) {
    console.error(
      "eval:conll: usage: npm run eval:conll -- <CoNLL-2003 file, e.g. eng.testa> [--misses]",
    );
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    console.error(`eval:conll: cannot read ${file}: ${err instanceof Error ? err.message : err}`);
    return 1;
  }
  const stories = parseConll(text);
  if (stories.length === 0) {
    console.error(`eval:conll: ${file} holds no CoNLL stories (one token and its tags a line)`);
    return 1;
  }
  const zero = (): Counts => ({
    predicted: 0,
    correct: 0,
    gold: 0,
    found: 0,
    refused: 0,
    empty: 0,
    stories: 0,
  });
  const all = zero();
  const prose = zero();
  const misses: string[] = [];
  for (const story of stories) {
    scoreStory(story, all, misses);
    if (hasProse(story)) scoreStory(story, prose, []);
  }
  if (args.includes("--misses")) for (const m of misses) console.log(m);
  console.log(line("all stories", all));
  console.log(line("stories with prose", prose));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
