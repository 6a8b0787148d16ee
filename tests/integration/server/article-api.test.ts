// GET /api/articles/:id: an article's clean text, metadata and evidence offsets, on the real
// Neo4j holding the seed articles and the invented one of tests/fixtures/sourced-article.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleText } from "../../../contract/api";
import { articleTextSchema } from "../../../server/schemas/article-schemas";
import { neo4jTarget } from "../../support/neo4j";
import { startSeededApi, type ErrorAnswer, type TestApi } from "./api-server";

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await startSeededApi({}, ["tests/fixtures/sourced-article"]));
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

describe("GET /api/articles/:id", () => {
  it("answers every article with its text, metadata and each evidence sentence at its offsets", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Article)
       RETURN a.id AS id, a.body AS body, a.outlet AS outlet, a.byline AS byline, a.url AS url,
              COUNT { (:Evidence)-[:FROM]->(a) } AS evidence`,
      {},
      { database: neo4jTarget().database },
    );
    expect(records.length).toBe(3);
    for (const record of records) {
      const answer = await api.get<ArticleText>(`/articles/${record.get("id")}`);
      expect(answer.status).toBe(200);
      const article = articleTextSchema.parse(answer.body);
      expect(article.body).toBe(record.get("body"));
      expect([article.outlet, article.byline, article.url]).toEqual([
        record.get("outlet"),
        record.get("byline"),
        record.get("url"),
      ]);
      expect(article.evidence.length).toBe(Number(record.get("evidence")));
      // Offsets count code points: the slice of the body is a whole sentence, in body order.
      const points = Array.from(article.body);
      let last = -1;
      for (const e of article.evidence) {
        const sentence = points.slice(e.start, e.end).join("");
        expect(sentence.trim().length).toBeGreaterThan(0);
        expect(sentence).toMatch(/[.!?"”’)]$/);
        expect(e.start).toBeGreaterThanOrEqual(last);
        last = e.start;
      }
    }
  });

  it("keeps the outlet, byline and URL the invented page states", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Article {sourceFile: '2024-03-norhaven-harbour.txt'}) RETURN a.id AS id",
      {},
      { database: neo4jTarget().database },
    );
    const answer = await api.get<ArticleText>(`/articles/${records[0]?.get("id")}`);
    expect(answer.body).toMatchObject({
      title: "Harbour talks in Norhaven end with a dredging study",
      outlet: "Coastal Ledger",
      byline: "Mira Olsen",
      url: "https://coastal-ledger.example.org/2024/03/harbour-talks",
      publishedOn: "2024-03-03",
    });
    expect(answer.body.evidence.map((e) => e.type).sort()).toEqual(["HEADS", "MET_WITH"]);
  });

  it("answers 404 NOT_FOUND for an article that is not stored", async () => {
    const answer = await api.get<ErrorAnswer>("/articles/0123456789abcdef0123456789abcdef");
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe("NOT_FOUND");
  });
});
