// What every group of actions works with: the state, the layout, the task counter and the undo
// stack. One instance per page, built by createActions (actions.ts).
import type { LayoutRunner } from "../layout/layout-runner";
import type { ExplorerState } from "./explorer-state";
import type { TaskTracker } from "./task-tracker";
import type { ViewHistory } from "./view-history";

export interface ActionContext {
  readonly state: ExplorerState;
  readonly layout: LayoutRunner;
  readonly tasks: TaskTracker;
  readonly history: ViewHistory;
}
