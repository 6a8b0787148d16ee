// What the user can do, as groups of functions of the state: loading, the view and its undo
// history, selection, filters, paths, Cypher. Widgets and the renderer call these; they call the
// API and change the state through its setters, which notify whoever draws it.
import type { LayoutRunner } from "../layout/layout-runner";
import { ArticleActions } from "./article-actions";
import { CypherActions } from "./cypher-actions";
import type { ExplorerState } from "./explorer-state";
import { FilterActions } from "./filter-actions";
import { LoadActions } from "./load-actions";
import { MeetingActions } from "./meeting-actions";
import { PathActions } from "./path-actions";
import { SelectionActions } from "./selection-actions";
import { TaskTracker } from "./task-tracker";
import { ViewActions } from "./view-actions";
import { ViewHistory } from "./view-history";

export { errorMessage } from "./error-message";

export interface ExplorerActions {
  readonly state: ExplorerState;
  readonly layout: LayoutRunner;
  readonly tasks: TaskTracker;
  readonly load: LoadActions;
  readonly view: ViewActions;
  readonly selection: SelectionActions;
  readonly articles: ArticleActions;
  readonly filters: FilterActions;
  readonly meetings: MeetingActions;
  readonly paths: PathActions;
  readonly cypher: CypherActions;
}

export function createActions(state: ExplorerState, layout: LayoutRunner): ExplorerActions {
  const context = {
    state,
    layout,
    tasks: new TaskTracker(state),
    history: new ViewHistory(state),
  };
  const load = new LoadActions(context);
  const selection = new SelectionActions(context);
  return {
    state,
    layout,
    tasks: context.tasks,
    load,
    view: new ViewActions(context, selection),
    selection,
    articles: new ArticleActions(context),
    filters: new FilterActions(context),
    meetings: new MeetingActions(context, selection),
    paths: new PathActions(context),
    cypher: new CypherActions(context, load, selection),
  };
}
