// The query string of `GET /api/graph/meetings`: a date window, what to do with undated
// meetings, and the page.
import { z } from "zod";
import { dateWindowShape, pageShape, windowIsOrdered } from "./common-schemas";

export const UNDATED_CHOICES = ["include", "exclude"] as const;

export const meetingGraphQuerySchema = z
  .object({
    ...dateWindowShape,
    undated: z
      .enum(UNDATED_CHOICES)
      .default("include")
      .describe("whether meetings without a date count as in the window (they come last)"),
    ...pageShape("meetings", 2000, 500),
  })
  .refine(windowIsOrdered, { message: "'from' must not come after 'to'", path: ["from"] });
export type MeetingGraphQuery = z.output<typeof meetingGraphQuerySchema>;
