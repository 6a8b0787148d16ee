// The opening view's query string: how many entities to start from, how many to show at most.
import { z } from "zod";
import { intParam } from "./common-schemas";

export const overviewQuerySchema = z.object({
  seeds: intParam(1, 200, 40).describe("best-connected entities to start from"),
  limit: intParam(1, 5000, 600).describe("most nodes in the subgraph"),
});
export type OverviewQuery = z.output<typeof overviewQuerySchema>;
