// The Cypher editor: CodeMirror 6 with CodeMirror's own Cypher mode for highlighting, completion
// of keywords, functions, the model's labels, relation types and properties, and Mod-Enter to run.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import {
  bracketMatching,
  StreamLanguage,
  syntaxHighlighting,
  defaultHighlightStyle,
} from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { ENTITY_KINDS, RELATION_TYPES } from "../../../contract/model";

const KEYWORDS =
  "MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER BY SKIP LIMIT DISTINCT AS AND OR NOT XOR IN STARTS ENDS CONTAINS IS NULL CASE WHEN THEN ELSE END ASC DESC COUNT EXISTS CALL YIELD UNION ALL".split(
    " ",
  );
const FUNCTIONS =
  "count collect size length nodes relationships type labels id elementId properties keys coalesce toString toInteger toLower toUpper trim split head last range shortestPath allShortestPaths date datetime duration min max avg sum exists".split(
    " ",
  );
const PROPERTIES = [
  "id",
  "name",
  "kind",
  "aliases",
  "titles",
  "dates",
  "topics",
  "confidence",
  "title",
  "outlet",
  "publishedOn",
  "sentence",
  "relationId",
];

const completions: Completion[] = [
  ...KEYWORDS.map((label) => ({ label, type: "keyword" })),
  ...FUNCTIONS.map((label) => ({ label, type: "function", apply: `${label}(` })),
];

function cypherCompletions(context: CompletionContext): CompletionResult | null {
  const label = context.matchBefore(/:\w*/);
  if (label) {
    const inRelation = /\[[^\]]*$/.test(
      context.state.sliceDoc(Math.max(0, label.from - 40), label.from),
    );
    const names = inRelation
      ? [...RELATION_TYPES]
      : ["Entity", ...ENTITY_KINDS, "Article", "Evidence"];
    return {
      from: label.from + 1,
      options: names.map((n) => ({ label: n, type: inRelation ? "type" : "class" })),
    };
  }
  const property = context.matchBefore(/\.\w*/);
  if (property)
    return {
      from: property.from + 1,
      options: PROPERTIES.map((p) => ({ label: p, type: "property" })),
    };
  const word = context.matchBefore(/\w+/);
  if (!word && !context.explicit) return null;
  return { from: word?.from ?? context.pos, options: completions, validFor: /^\w*$/ };
}

/** Where Neo4j found an error: offset into the editor's text, and its message. */
export interface ErrorMark {
  offset: number;
  message: string;
}

const setErrorMark = StateEffect.define<ErrorMark | null>();

/**
 * The error's place, underlined from the offset to the end of the word there (the whole last
 * character when the error is at the end). Any edit clears it: the position no longer holds.
 */
const errorMarkField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) marks = Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorMark)) continue;
      const mark = effect.value;
      const doc = transaction.state.doc;
      if (!mark || doc.length === 0) {
        marks = Decoration.none;
        continue;
      }
      const from = Math.min(Math.max(0, mark.offset), doc.length - 1);
      const word = /^\w+/.exec(doc.sliceString(from, Math.min(doc.length, from + 80)));
      const to = from + Math.max(1, word?.[0].length ?? 1);
      marks = Decoration.set([
        Decoration.mark({
          class: "cm-error-mark",
          attributes: { title: mark.message, "aria-invalid": "true" },
        }).range(from, to),
      ]);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface CypherEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
  /** Marks where the query failed (null clears the mark). */
  markError(mark: ErrorMark | null): void;
}

export function createCypherEditor(
  parent: HTMLElement,
  initial: string,
  onRun: () => void,
): CypherEditor {
  const run = (): boolean => {
    onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: initial,
      extensions: [
        lineNumbers(),
        history(),
        closeBrackets(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [cypherCompletions] }),
        placeholder("MATCH (a:Person)-[r:MET_WITH]-(b:Person) RETURN a, r, b"),
        keymap.of([
          { key: "Mod-Enter", run },
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
        EditorView.lineWrapping,
        errorMarkField,
        EditorView.contentAttributes.of({ "aria-label": "Cypher query" }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    markError: (mark) => view.dispatch({ effects: setErrorMark.of(mark) }),
  };
}
