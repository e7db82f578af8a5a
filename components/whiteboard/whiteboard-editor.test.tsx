// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { deviceDiagramStorage } from "@/components/client-data/diagram-storage";
import { WhiteboardEditor } from "@/components/whiteboard/whiteboard-editor";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("the whiteboard's drawing tools edit the source", () => {
  it("adds, connects, renames and deletes through the tools, and lists the shortcuts", async () => {
    render(
      <WhiteboardEditor
        storage={deviceDiagramStorage("editor-test")}
        initial={{ title: "Test board", source: "flowchart LR\n", version: 0 }}
      />,
    );
    const add = (kind: string, label: string) => {
      fireEvent.change(screen.getByLabelText("Kind"), { target: { value: kind } });
      fireEvent.change(screen.getByLabelText("Label"), { target: { value: label } });
      fireEvent.click(screen.getByRole("button", { name: "Add component" }));
    };
    add("client", "Browser");
    add("service", "API");
    fireEvent.change(screen.getByLabelText("Arrow label (protocol)"), { target: { value: "HTTPS" } });
    fireEvent.click(screen.getByRole("button", { name: "Connect" }));
    // What the whiteboard keeps in this browser: the source, the single truth.
    const draft = () =>
      Object.keys(localStorage)
        .map((key) => (JSON.parse(localStorage.getItem(key)!) as { source?: string }).source ?? "")
        .join("\n");
    await waitFor(() => expect(draft()).toContain('Browser -->|"HTTPS"| API'));

    // Rename from the list opens the selected component's form.
    fireEvent.click(screen.getByRole("button", { name: "Rename API" }));
    const field = screen.getByLabelText("Label of API");
    fireEvent.change(field, { target: { value: "Orders API" } });
    fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    await waitFor(() => expect(draft()).toContain('API["Orders API"]'));

    // The Delete key deletes the selected component, its arrow too; typing in a field never does.
    fireEvent.keyDown(screen.getByLabelText("Label of API"), { key: "Delete", code: "Delete" });
    expect(screen.getByRole("button", { name: "Delete Orders API" })).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(screen.getByRole("button", { name: "Fit" }), { key: "Delete", code: "Delete" });
    });
    await waitFor(() => expect(screen.queryByRole("button", { name: "Delete Orders API" })).toBeNull());
    await waitFor(() => expect(draft()).not.toContain("HTTPS"));

    fireEvent.keyDown(screen.getByRole("button", { name: "Fit" }), { key: "n", code: "KeyN", altKey: true });
    expect(document.activeElement).toBe(screen.getByLabelText("Label"));
    expect(screen.getByRole("heading", { name: "Keyboard shortcuts" })).toBeTruthy();
  });
});
