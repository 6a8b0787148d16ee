// Which Neo4j the tests use: only one named for tests, never the app's NEO4J_URI.
import { describe, expect, it } from "vitest";
import { namedTestTarget } from "../../support/test-target";

describe("namedTestTarget", () => {
  it("ignores NEO4J_URI alone: the tests then start a Neo4j of their own", () => {
    expect(
      namedTestTarget({
        NEO4J_URI: "bolt://users-database:7687",
        NEO4J_USERNAME: "neo4j",
        NEO4J_PASSWORD: "their-password",
      }),
    ).toBeNull();
  });

  it("uses NEO4J_TEST_URI and its credentials, not the app's", () => {
    expect(
      namedTestTarget({
        NEO4J_URI: "bolt://users-database:7687",
        NEO4J_PASSWORD: "their-password",
        NEO4J_TEST_URI: "bolt://tests:7687",
        NEO4J_TEST_PASSWORD: "test-password",
        NEO4J_TEST_DATABASE: "scratch",
      }),
    ).toEqual({
      uri: "bolt://tests:7687",
      username: "neo4j",
      password: "test-password",
      database: "scratch",
    });
  });

  it("asks for NEO4J_TEST_PASSWORD rather than borrowing NEO4J_PASSWORD", () => {
    expect(() =>
      namedTestTarget({ NEO4J_TEST_URI: "bolt://tests:7687", NEO4J_PASSWORD: "their-password" }),
    ).toThrow(expect.objectContaining({ code: "NOT_A_TEST_DATABASE" }));
  });
});
