// Filters: relation types, entity kinds, the date window and the presets that set them.
import type { EntityKind } from "../../../contract/model";
import { ALL_FILTERS, WHO_MET_WHOM, type Filters } from "../graph/filters";
import type { ActionContext } from "./action-context";

export class FilterActions {
  constructor(private readonly context: ActionContext) {}

  /** A preset sets types and kinds and keeps the date window. */
  applyPreset(preset: "who-met-whom" | "all"): void {
    const { state } = this.context;
    const base = preset === "who-met-whom" ? WHO_MET_WHOM : ALL_FILTERS;
    const { from, to, excludeUndated } = state.filters;
    state.setFilters({ ...base, from, to, excludeUndated });
  }

  toggleKind(kind: EntityKind, on: boolean): void {
    const { state } = this.context;
    const kinds = state.filters.kinds.filter((k) => k !== kind);
    state.setFilters({ ...state.filters, kinds: on ? [...kinds, kind] : kinds });
  }

  toggleRelationType(type: Filters["relationTypes"][number], on: boolean): void {
    const { state } = this.context;
    const rest = state.filters.relationTypes.filter((t) => t !== type);
    state.setFilters({ ...state.filters, relationTypes: on ? [...rest, type] : rest });
  }

  setDates(from: string | null, to: string | null): void {
    const { state } = this.context;
    state.setFilters({ ...state.filters, from, to });
  }

  setExcludeUndated(exclude: boolean): void {
    const { state } = this.context;
    state.setFilters({ ...state.filters, excludeUndated: exclude });
  }
}
