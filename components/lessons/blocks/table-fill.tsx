"use client";

import { useState, type ReactNode } from "react";
import { ExerciseFrame, ResultLine } from "@/components/lessons/blocks/exercise-frame";
import { useExercise } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  asTableFillAnswer,
  isBlankCell,
  isChoiceCell,
  scoreTableFill,
  TABLE_TYPED_MAX_LENGTH,
  tableBlanks,
  tableFillResults,
  type TableFillAnswer,
  type TableFillProps,
} from "@/lib/lessons/blocks/table-fill";

type Entry = TableFillAnswer["blanks"][number];

const fieldClasses = "min-h-10 w-full min-w-32 rounded-md border border-border bg-bg px-2 py-2 text-base text-fg";

/**
 * A table with blanks: a select where the author gave choices, a text field
 * otherwise. After checking, each blank shows whether it is right, what was
 * expected and why.
 */
export function TableFill({ children, ...raw }: Record<string, unknown> & { children?: ReactNode }) {
  const props = raw as TableFillProps;
  const { attempts, record } = useExercise(props.id);
  const blanks = tableBlanks(props);
  const empty = (): Entry[] => blanks.map(() => null);
  const [draft, setDraft] = useState<Entry[]>(empty);
  const [retrying, setRetrying] = useState(false);

  const last = attempts.at(-1);
  const saved = !retrying && last ? asTableFillAnswer(last.answer) : null;
  // A saved answer that no longer fits the table (the author changed it) is not shown.
  const answer = saved && saved.blanks.length === blanks.length ? saved : null;
  const result = answer ? scoreTableFill(props, answer) : null;
  const results = answer ? tableFillResults(props, answer) : null;
  const entries = answer?.blanks ?? draft;
  const blankAt = new Map(blanks.map((blank, index) => [`${blank.row}:${blank.column}`, index]));
  const filled = draft.some((entry) => entry !== null && entry !== "");

  const rowName = (cells: TableFillProps["rows"][number]["cells"], index: number) => {
    const first = cells.find((cell) => !isBlankCell(cell));
    return first && "text" in first ? first.text : `row ${index + 1}`;
  };
  const set = (index: number, value: Entry) =>
    setDraft((current) => current.map((entry, i) => (i === index ? value : entry)));

  const commit = () => {
    const next = { blanks: draft.map((entry) => (typeof entry === "string" ? entry.trim() || null : entry)) };
    record(next, scoreTableFill(props, next));
    setRetrying(false);
  };

  return (
    <ExerciseFrame kind="Fill in the table" id={props.id} title={props.prompt}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!answer && filled) commit();
        }}
      >
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{props.prompt}</caption>
            <thead>
              <tr>
                {props.columns.map((column, index) => (
                  <th key={index} scope="col" className="border-b border-border px-2 py-2 text-left font-semibold">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row, rowIndex) => (
                <tr key={rowIndex} className="align-top">
                  {row.cells.map((cell, column) => {
                    const blank = blankAt.get(`${rowIndex}:${column}`);
                    if (blank === undefined || !isBlankCell(cell)) {
                      return (
                        <td key={column} className="border-b border-border px-2 py-2">
                          {"text" in cell ? cell.text : null}
                        </td>
                      );
                    }
                    const label = `${props.columns[column]}, ${rowName(row.cells, rowIndex)}`;
                    const entry = entries[blank] ?? null;
                    const verdict = results?.[blank];
                    return (
                      <td key={column} className="border-b border-border px-2 py-2">
                        <div
                          className={cn(
                            "rounded-md",
                            verdict ? cn("border-2 p-1", verdict.correct ? "border-success" : "border-danger") : null,
                          )}
                        >
                          {isChoiceCell(cell) ? (
                            <select
                              aria-label={label}
                              className={fieldClasses}
                              value={typeof entry === "number" ? String(entry) : ""}
                              disabled={Boolean(answer)}
                              onChange={(event) =>
                                set(blank, event.target.value === "" ? null : Number(event.target.value))
                              }
                            >
                              <option value="">Choose…</option>
                              {cell.choices.map((choice, index) => (
                                <option key={index} value={index}>
                                  {choice}
                                </option>
                              ))}
                            </select>
                          ) : (
                            <input
                              type="text"
                              aria-label={label}
                              autoComplete="off"
                              spellCheck={false}
                              maxLength={TABLE_TYPED_MAX_LENGTH}
                              className={fieldClasses}
                              value={typeof entry === "string" ? entry : ""}
                              readOnly={Boolean(answer)}
                              onChange={(event) => set(blank, event.target.value)}
                            />
                          )}
                          {verdict ? (
                            <p className="mt-1 text-sm">
                              <strong className={verdict.correct ? "text-success" : "text-danger"}>
                                {verdict.correct ? "✓ Right. " : verdict.answered ? "✗ Not quite. " : "✗ Left empty. "}
                              </strong>
                              {verdict.correct ? null : <span>Expected: {verdict.expected}. </span>}
                              <span className="text-muted">{verdict.explanation}</span>
                            </p>
                          ) : null}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          {answer ? (
            <Button
              variant="secondary"
              onClick={() => {
                setDraft(empty());
                setRetrying(true);
              }}
            >
              Try again
            </Button>
          ) : (
            <Button data-submit type="submit" disabled={!filled}>
              Check table
            </Button>
          )}
        </div>
      </form>
      <ResultLine result={result} exercise={{ block: props.id }} />
      {answer && children ? <div className="block-content mt-3 text-sm">{children}</div> : null}
    </ExerciseFrame>
  );
}
