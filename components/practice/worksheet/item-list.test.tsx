// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ItemList } from "@/components/practice/worksheet/item-list";

afterEach(cleanup);

type Row = { id: string; text: string; reason: string };
let nextId = 0;

function Requirements({ initial, twoFields = false }: { initial: string[]; twoFields?: boolean }) {
  const [items, setItems] = useState<Row[]>(initial.map((text) => ({ id: `r${nextId++}`, text, reason: "" })));
  return (
    <ItemList
      legend="Requirements"
      items={items}
      onChange={setItems}
      create={() => ({ id: `r${nextId++}`, text: "", reason: "" })}
      addLabel="Add a requirement"
      empty="None"
      renderItem={(item, update, index) => (
        <>
          <label>
            Requirement {index + 1}
            <input value={item.text} onChange={(event) => update({ text: event.target.value })} />
          </label>
          {twoFields ? (
            <label>
              Reason {index + 1}
              <input value={item.reason} onChange={(event) => update({ reason: event.target.value })} />
            </label>
          ) : null}
        </>
      )}
    />
  );
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const fields = () => screen.queryAllByLabelText(/^Requirement \d+$/) as HTMLInputElement[];

describe("ItemList by keyboard", () => {
  it("Enter in a written item adds the next one below it and focuses it", async () => {
    render(<Requirements initial={["Riders request a ride", "Riders pay"]} />);
    fireEvent.keyDown(field("Requirement 1"), { key: "Enter" });
    expect(fields().map((input) => input.value)).toEqual(["Riders request a ride", "", "Riders pay"]);
    await waitFor(() => expect(document.activeElement).toBe(field("Requirement 2")));
  });

  it("Enter in an empty item adds nothing", () => {
    render(<Requirements initial={["Riders pay", ""]} />);
    fireEvent.keyDown(field("Requirement 2"), { key: "Enter" });
    expect(fields()).toHaveLength(2);
  });

  it("Enter moves to the item's next field first, and adds an item from its last", async () => {
    render(<Requirements initial={["Surge pricing"]} twoFields />);
    fireEvent.keyDown(field("Requirement 1"), { key: "Enter" });
    expect(document.activeElement).toBe(field("Reason 1"));
    expect(fields()).toHaveLength(1);
    fireEvent.keyDown(field("Reason 1"), { key: "Enter" });
    expect(fields()).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(field("Requirement 2")));
  });

  it("Backspace in an empty item removes it and focuses the one above; in a written item it only edits", async () => {
    render(<Requirements initial={["Riders pay", ""]} />);
    fireEvent.keyDown(field("Requirement 2"), { key: "Backspace" });
    expect(fields().map((input) => input.value)).toEqual(["Riders pay"]);
    await waitFor(() => expect(document.activeElement).toBe(field("Requirement 1")));
    fireEvent.keyDown(field("Requirement 1"), { key: "Backspace" });
    expect(fields()).toHaveLength(1);
  });
});
