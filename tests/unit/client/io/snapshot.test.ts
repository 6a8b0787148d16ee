// Snapshot files and link state without a browser: a saved view reads back the same, files that
// are not snapshots are refused with a reason, and a link round-trips the view it describes.
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, RELATION_TYPES } from "../../../../contract/model";
import { ALL_FILTERS, WHO_MET_WHOM } from "../../../../client/src/graph/filters";
import {
  LINK_MAX_IDS,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  SnapshotError,
  decodeLinkState,
  encodeLinkState,
  parseSnapshot,
  type Snapshot,
} from "../../../../client/src/io/snapshot";

const snapshot: Snapshot = {
  format: SNAPSHOT_FORMAT,
  version: SNAPSHOT_VERSION,
  savedAt: "2026-11-30T05:00:00.000Z",
  graph: {
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: true },
    nodes: [
      {
        key: "person:a",
        attributes: {
          label: "A",
          kind: "Person",
          degree: 1,
          aliases: [],
          titles: [],
          x: 1.5,
          y: -2,
        },
      },
    ],
    edges: [],
  },
  filters: { ...WHO_MET_WHOM, from: "2023-01-01", to: "2023-12-31" },
  hidden: ["person:b"],
  selection: { type: "node", id: "person:a" },
  camera: { x: 0.4, y: 0.6, ratio: 0.8, angle: 0 },
  query: { text: "MATCH (n) RETURN n", params: '{"a": 1}' },
};

describe("parseSnapshot", () => {
  it("reads back exactly what was saved", () => {
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("refuses what is not a snapshot, saying why", () => {
    const refused = (text: string) => {
      try {
        parseSnapshot(text);
      } catch (error) {
        expect(error).toBeInstanceOf(SnapshotError);
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refused("not json")).toMatch(/not JSON/);
    expect(refused(JSON.stringify({ format: "other" }))).toMatch(/not a newsgraph snapshot/);
    expect(refused(JSON.stringify({ ...snapshot, version: 99 }))).toMatch(/version 99/);
    expect(refused(JSON.stringify({ ...snapshot, graph: {} }))).toMatch(/no graph/);
  });

  it("drops unknown kinds and types and repairs a broken camera instead of failing", () => {
    const odd = {
      ...snapshot,
      filters: { relationTypes: ["MET_WITH", "DROP TABLE"], kinds: ["Person", "Alien"] },
      camera: { x: "left", ratio: null },
      hidden: undefined,
    };
    const parsed = parseSnapshot(JSON.stringify(odd));
    expect(parsed.filters).toEqual({
      relationTypes: ["MET_WITH"],
      kinds: ["Person"],
      from: null,
      to: null,
      excludeUndated: false,
    });
    expect(parsed.camera).toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    expect(parsed.hidden).toEqual([]);
  });
});

describe("link state", () => {
  it("round-trips ids, filters, camera and selection through the URL fragment", () => {
    const view = {
      ids: ["person:a", "person:b"],
      filters: { ...WHO_MET_WHOM, from: "2023-01-01", to: null, excludeUndated: true },
      camera: { x: 0.1234, y: 0.5, ratio: 1.5, angle: 0 },
      selection: { type: "edge" as const, id: "met_with:x:y" },
    };
    expect(decodeLinkState(`#${encodeLinkState(view)}`)).toEqual(view);
  });

  it("writes nothing for defaults, and reads an empty fragment as no view", () => {
    const hash = encodeLinkState({ ids: [], filters: ALL_FILTERS, camera: null, selection: null });
    expect(hash).toBe("");
    expect(decodeLinkState("#")).toBeNull();
    const defaults = decodeLinkState("#cam=bad");
    expect(defaults?.filters.relationTypes).toEqual([...RELATION_TYPES]);
    expect(defaults?.filters.kinds).toEqual([...ENTITY_KINDS]);
    expect(defaults?.camera).toBeNull();
  });

  it("leaves the ids out of a view too big for a link", () => {
    const ids = Array.from({ length: LINK_MAX_IDS + 1 }, (_, i) => `person:p${i}`);
    const hash = encodeLinkState({ ids, filters: ALL_FILTERS, camera: null, selection: null });
    expect(decodeLinkState(hash)?.ids ?? []).toEqual([]);
  });
});
