// Reading a source: the article view opens an evidence sentence's article, its full text with
// the sentence marked in its paragraph.
import type { ArticleText } from "../../../contract/api";
import { api } from "../api/api-client";
import type { ActionContext } from "./action-context";
import { errorMessage } from "./error-message";

/** What the article view shows. */
export type ArticleViewState =
  | { kind: "none" }
  | { kind: "loading"; title: string }
  | {
      kind: "shown";
      article: ArticleText;
      /** The evidence the reader came for (null: the article as a whole). */
      focus: string | null;
      /** Names to mark in the text (the entities of the relation or of the details panel). */
      terms: readonly string[];
    }
  | { kind: "error"; title: string; message: string };

export class ArticleActions {
  constructor(private readonly context: ActionContext) {}

  /** Opens the article `id` (titled `title` until it has loaded), scrolled to `focus`. */
  open(id: string, title: string, focus: string | null, terms: readonly string[]): Promise<void> {
    const { state, tasks } = this.context;
    state.setArticle({ kind: "loading", title });
    return tasks.track(async () => {
      try {
        const article = await api.article(id);
        state.setArticle({ kind: "shown", article, focus, terms });
      } catch (error) {
        state.setArticle({ kind: "error", title, message: errorMessage(error) });
      }
    });
  }

  close(): void {
    this.context.state.setArticle({ kind: "none" });
  }
}
