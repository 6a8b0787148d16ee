import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../contract/model";
import {
  codePointOffsets,
  entityId,
  mergeKnowledge,
  nameKey,
  relationId,
  toKnowledgeRecords,
} from "../../../../graph-seed/loading/knowledge-records";

const sentence = { sentence: "Ana Ruiz met Kenji Sato.", start: 0, end: 24 };
const extraction: Extraction = {
  entities: [
    {
      name: "Ana Ruiz",
      type: "Person",
      aliases: ["Ruiz"],
      title: "Foreign Minister",
      mentions: [sentence],
    },
    { name: "Kenji Sato", type: "Person", aliases: [], mentions: [sentence] },
  ],
  relations: [
    {
      type: "MET_WITH",
      from: "Kenji Sato",
      to: "Ana Ruiz",
      date: "2024-05-06",
      confidence: 0.9,
      rule: "met-with",
      evidence: sentence,
    },
  ],
};

describe("nameKey", () => {
  it("ignores case, accents, punctuation, a leading 'the' and a possessive", () => {
    expect(nameKey("The Ministry of Unification's")).toBe("ministry-of-unification");
    expect(nameKey("José  Álvarez-Peña")).toBe("jose-alvarez-pena");
  });
});

describe("relationId", () => {
  it("is the same whichever way round a symmetric relation is stated", () => {
    expect(relationId("MET_WITH", "person:a", "person:b", "2024-01-01")).toBe(
      relationId("MET_WITH", "person:b", "person:a", "2024-01-01"),
    );
  });

  it("tells meetings on different dates apart but not a directed relation's dates", () => {
    expect(relationId("MET_WITH", "person:a", "person:b", "2024-01-01")).not.toBe(
      relationId("MET_WITH", "person:a", "person:b", "2024-02-01"),
    );
    expect(relationId("HEADS", "person:a", "organization:b", null)).not.toBe(
      relationId("HEADS", "organization:b", "person:a", null),
    );
  });
});

describe("toKnowledgeRecords", () => {
  it("gives entities ids by kind and name, and relations ordered endpoints with evidence", () => {
    const records = toKnowledgeRecords("article-1", extraction, sentence.sentence);
    expect(records.entities.map((e) => e.id)).toEqual(["person:ana-ruiz", "person:kenji-sato"]);
    expect(records.entities[0]?.titles).toEqual(["Foreign Minister"]);
    const [meeting] = records.relations;
    expect(meeting).toMatchObject({
      from: entityId("Person", "Ana Ruiz"),
      to: entityId("Person", "Kenji Sato"),
      date: "2024-05-06",
      evidence: { articleId: "article-1", start: 0, end: 24, rule: "met-with" },
    });
    expect(records.mentions).toHaveLength(2);
  });

  it("merges a batch into one record per entity, uniting aliases and titles", () => {
    const other: Extraction = {
      entities: [
        {
          name: "Ana Ruiz",
          type: "Person",
          aliases: ["Minister Ruiz"],
          title: "Minister",
          mentions: [sentence],
        },
      ],
      relations: [],
    };
    const merged = mergeKnowledge([
      toKnowledgeRecords("article-1", extraction, sentence.sentence),
      toKnowledgeRecords("article-2", other, sentence.sentence),
    ]);
    const ana = merged.entities.find((e) => e.id === "person:ana-ruiz");
    expect(ana?.aliases).toEqual(["Minister Ruiz", "Ruiz"]);
    expect(ana?.titles).toEqual(["Foreign Minister", "Minister"]);
    expect(merged.mentions.filter((m) => m.entityId === "person:ana-ruiz")).toHaveLength(2);
  });

  it("stores a generic institution under its country-qualified name, keyed apart per country", () => {
    const ministry = (country: string, aliases: string[]): Extraction => ({
      entities: [
        {
          name: "Ministry of Foreign Affairs",
          type: "Organization",
          aliases,
          qualifiedName: `Ministry of Foreign Affairs (${country})`,
          mentions: [sentence],
        },
        { name: "Ana Ruiz", type: "Person", aliases: [], mentions: [sentence] },
      ],
      relations: [
        {
          type: "HEADS",
          from: "Ana Ruiz",
          to: "Ministry of Foreign Affairs",
          confidence: 0.85,
          rule: "title-heads",
          evidence: sentence,
        },
      ],
    });
    const chile = toKnowledgeRecords(
      "article-1",
      ministry("Chile", ["Foreign Ministry"]),
      sentence.sentence,
    );
    const merged = mergeKnowledge([
      chile,
      toKnowledgeRecords("article-2", ministry("Peru", []), sentence.sentence),
    ]);
    const ministries = merged.entities.filter((e) => e.kind === "Organization");
    expect(ministries.map((e) => [e.id, e.name, e.aliases])).toEqual([
      [
        "organization:ministry-of-foreign-affairs-chile",
        "Ministry of Foreign Affairs (Chile)",
        ["Foreign Ministry", "Ministry of Foreign Affairs"],
      ],
      [
        "organization:ministry-of-foreign-affairs-peru",
        "Ministry of Foreign Affairs (Peru)",
        ["Ministry of Foreign Affairs"],
      ],
    ]);
    // The article's relations name the bare name; they land on the qualified node.
    expect(chile.relations[0]?.to).toBe("organization:ministry-of-foreign-affairs-chile");
  });
});

describe("codePointOffsets", () => {
  it("counts an emoji (two UTF-16 units) as one code point, as Python and Cypher do", () => {
    const body = "Smile 😀. 이인영 met Ana.";
    const at = codePointOffsets(body);
    const start = body.indexOf("이인영");
    expect(start).toBe(10);
    expect(at(start)).toBe(9);
    expect([...body].slice(at(start), at(body.length)).join("")).toBe("이인영 met Ana.");
    expect(at(body.length)).toBe([...body].length);
  });

  it("leaves offsets of text without surrogate pairs as they are", () => {
    const at = codePointOffsets("José Müller met 이인영.");
    expect(at(5)).toBe(5);
  });
});
