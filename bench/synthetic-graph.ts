// A synthetic knowledge graph for the API benchmark: seeded, so every run builds the same graph,
// with the skew of real news (a few entities in very many relations, most in a few), loaded
// with UNWIND batches.
import type { Driver } from "neo4j-driver";
import { applyGraphSchema, backfillDegrees } from "../contract/graph-schema";
import { ENTITY_KINDS, type EntityKind, type RelationType } from "../contract/model";

export interface SyntheticScale {
  entities: number;
  relations: number;
  seed: number;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "min",
  "so",
  "ra",
  "jun",
  "lee",
  "ta",
  "vo",
  "nel",
  "hae",
  "dor",
  "pik",
  "sun",
  "mar",
  "el",
  "yo",
  "bri",
  "gan",
  "tos",
  "wen",
  "qui",
  "lo",
  "zar",
  "fen",
];
const KIND_SHARE: [EntityKind, number][] = [
  ["Person", 0.7],
  ["Organization", 0.2],
  ["Country", 0.02],
  ["Place", 0.08],
];
const TITLES = [
  "Minister",
  "Ambassador",
  "Chairman",
  "Rep.",
  "President",
  "Spokesperson",
  "Director",
];
const TOPICS = ["sanctions", "tariffs", "the working group", "the summit", "troop levels", "aid"];

export interface SyntheticEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  titles: string[];
  aliasText: string;
}

export interface SyntheticRelation {
  id: string;
  type: RelationType;
  s: string;
  t: string;
  date: string | null;
  topic: string | null;
  confidence: number;
  evidenceCount: number;
}

function word(random: () => number, parts: number): string {
  let text = "";
  for (let i = 0; i < parts; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function makeEntities(scale: SyntheticScale): SyntheticEntity[] {
  const random = seededRandom(scale.seed);
  const entities: SyntheticEntity[] = [];
  for (let i = 0; i < scale.entities; i++) {
    let r = random();
    const kind = KIND_SHARE.find(([, share]) => (r -= share) < 0)?.[0] ?? "Person";
    const family = word(random, 1 + Math.floor(random() * 2));
    const name =
      kind === "Person"
        ? `${family} ${word(random, 1)}-${word(random, 1).toLowerCase()} ${i.toString(36)}`
        : `${word(random, 2)} ${kind === "Organization" ? "Ministry" : kind === "Country" ? "Republic" : "Bay"} ${i.toString(36)}`;
    const aliases = kind === "Person" ? [family] : [];
    const titles =
      kind === "Person" && random() < 0.4 ? [TITLES[Math.floor(random() * TITLES.length)]!] : [];
    entities.push({
      id: `${kind.toLowerCase()}:syn-${i}`,
      name,
      kind,
      aliases,
      titles,
      aliasText: ` ${aliases.join(" ")}`,
    });
  }
  return entities;
}

/** Relations whose ends favour the first entities of each kind: a heavy-tailed degree. */
export function* makeRelations(
  scale: SyntheticScale,
  entities: SyntheticEntity[],
): Generator<SyntheticRelation> {
  const random = seededRandom(scale.seed * 7 + 1);
  const byKind = new Map<EntityKind, string[]>(ENTITY_KINDS.map((k) => [k, []]));
  for (const e of entities) byKind.get(e.kind)!.push(e.id);
  const pick = (kinds: EntityKind[]): string => {
    const list = byKind.get(kinds[Math.floor(random() * kinds.length)]!)!;
    const from = list.length > 0 ? list : entities.map((e) => e.id);
    return from[Math.floor(from.length * Math.pow(random(), 2.2))]!;
  };
  const plan: [RelationType, number, EntityKind[], EntityKind[]][] = [
    ["MET_WITH", 0.5, ["Person"], ["Person"]],
    ["MEMBER_OF", 0.2, ["Person"], ["Organization"]],
    [
      "DISAGREES_ON",
      0.1,
      ["Person", "Organization", "Country"],
      ["Person", "Organization", "Country"],
    ],
    ["HEADS", 0.07, ["Person"], ["Organization", "Country"]],
    ["REPRESENTS", 0.08, ["Person"], ["Country", "Organization"]],
    ["PART_OF", 0.05, ["Organization"], ["Organization"]],
  ];
  for (let i = 0; i < scale.relations; i++) {
    let r = random();
    const [type, , from, to] = plan.find(([, share]) => (r -= share) < 0) ?? plan[0]!;
    const s = pick(from);
    let t = pick(to);
    if (t === s) t = pick(to);
    if (t === s) continue;
    const year = 2015 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    yield {
      id: `${type.toLowerCase()}:syn-${i}`,
      type,
      s,
      t,
      date:
        type === "MET_WITH"
          ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
          : null,
      topic: type === "DISAGREES_ON" ? TOPICS[Math.floor(random() * TOPICS.length)]! : null,
      confidence: Math.round((0.5 + random() * 0.45) * 100) / 100,
      evidenceCount: 1 + Math.floor(random() * 3),
    };
  }
}

const BATCH = 10_000;

/** Loads the graph into an empty database; reports progress; returns the entities written. */
export async function loadSyntheticGraph(
  driver: Driver,
  scale: SyntheticScale,
  progress: (message: string) => void,
): Promise<SyntheticEntity[]> {
  await applyGraphSchema((statement) => driver.executeQuery(statement));
  const entities = makeEntities(scale);
  const started = performance.now();
  for (const kind of ENTITY_KINDS) {
    const rows = entities.filter((e) => e.kind === kind);
    for (let i = 0; i < rows.length; i += BATCH) {
      await driver.executeQuery(
        `UNWIND $rows AS row
         CREATE (e:Entity:${kind} {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases,
                                   titles: row.titles, aliasText: row.aliasText})`,
        { rows: rows.slice(i, i + BATCH) },
      );
    }
  }
  progress(`${entities.length} entities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const relStart = performance.now();
  const pending = new Map<RelationType, SyntheticRelation[]>();
  let written = 0;
  const flush = async (type: RelationType, rows: SyntheticRelation[]) => {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.s}) MATCH (t:Entity {id: row.t})
       CREATE (s)-[:${type} {id: row.id, date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
         topic: row.topic, topics: CASE WHEN row.topic IS NULL THEN [] ELSE [row.topic] END,
         confidence: row.confidence, evidenceCount: row.evidenceCount}]->(t)`,
      { rows },
    );
    written += rows.length;
    if (written % 100_000 < rows.length) progress(`${written} relationships...`);
  };
  for (const relation of makeRelations(scale, entities)) {
    const list = pending.get(relation.type) ?? [];
    list.push(relation);
    pending.set(relation.type, list);
    if (list.length >= BATCH) {
      pending.set(relation.type, []);
      await flush(relation.type, list);
    }
  }
  for (const [type, rows] of pending) if (rows.length > 0) await flush(type, rows);
  const seconds = (performance.now() - relStart) / 1000;
  progress(
    `${written} relationships in ${seconds.toFixed(1)} s (${Math.round(written / seconds)}/s)`,
  );
  const degreesStart = performance.now();
  await backfillDegrees(async (statement) => {
    const { records } = await driver.executeQuery(statement);
    return Number(records[0]?.get("set") ?? 0);
  });
  progress(`degrees stored in ${((performance.now() - degreesStart) / 1000).toFixed(1)} s`);
  await driver.executeQuery("CALL db.awaitIndexes(600)");
  return entities;
}
