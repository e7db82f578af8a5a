// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useMemo, useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ComponentList } from "@/components/whiteboard/component-list";
import { ComponentPalette } from "@/components/whiteboard/component-palette";
import { ConnectForm } from "@/components/whiteboard/connect-form";
import { PanZoomView } from "@/components/whiteboard/pan-zoom-view";
import { SourcePreviewTabs, type WhiteboardTab } from "@/components/whiteboard/source-preview-tabs";
import { deleteNode, listNodes } from "@/lib/diagrams/source-edit";

afterEach(cleanup);

/** The drawing tools around one source, as the whiteboard wires them. */
function Tools({ initial = "" }: { initial?: string }) {
  const [source, setSource] = useState(initial);
  const [pair, setPair] = useState({ from: "", to: "" });
  const nodes = useMemo(() => listNodes(source), [source]);
  return (
    <>
      <ComponentPalette source={source} onEdit={setSource} />
      <ConnectForm source={source} nodes={nodes} from={pair.from} to={pair.to} onPick={setPair} onEdit={setSource} />
      <ComponentList
        nodes={nodes}
        selected={null}
        onSelect={() => {}}
        onConnectFrom={(from) => setPair((current) => ({ ...current, from }))}
        onDelete={(id) => setSource(deleteNode(source, id))}
      />
      <pre data-testid="source">{source}</pre>
    </>
  );
}

const source = () => screen.getByTestId("source").textContent;

function add(kind: string, label: string) {
  fireEvent.change(screen.getByLabelText("Kind"), { target: { value: kind } });
  fireEvent.change(screen.getByLabelText("Label"), { target: { value: label } });
  fireEvent.click(screen.getByRole("button", { name: "Add component" }));
}

describe("drawing without writing Mermaid", () => {
  it("the palette adds components of a kind and says so", () => {
    render(<Tools />);
    expect(screen.getByText("Add two components to connect them.")).toBeTruthy();
    add("client", "Rider app");
    add("database", 'Rides "main" DB');
    expect(source()).toBe('flowchart LR\n  RiderApp(["Rider app"])\n  RidesMainDB[("Rides “main” DB")]');
    expect(screen.getAllByRole("status")[0]!.textContent).toBe('Added Rides "main" DB (database).');
    expect((screen.getByLabelText("Label") as HTMLInputElement).value).toBe("");
    expect(
      within(screen.getByRole("list"))
        .getAllByRole("listitem")
        .map((item) => item.dataset.node),
    ).toEqual(["RiderApp", "RidesMainDB"]);
  });

  it("connect picks two components, a label and a style, and refuses a component to itself", () => {
    render(<Tools initial={'flowchart LR\n  A(["App"])\n  Q[["Jobs"]]'} />);
    fireEvent.change(screen.getByLabelText("Arrow label (protocol)"), { target: { value: "AMQP" } });
    fireEvent.click(screen.getByLabelText("Asynchronous message (dotted arrow)"));
    fireEvent.click(screen.getByRole("button", { name: "Connect" }));
    expect(source()).toContain('A -.->|"AMQP"| Q');
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "A" } });
    expect(screen.getByText("Pick two different components.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Connect" }) as HTMLButtonElement).disabled).toBe(true);
    // "Connect" in the list starts an arrow from that component.
    fireEvent.click(screen.getByRole("button", { name: "Connect from Jobs" }));
    expect((screen.getByLabelText("From") as HTMLSelectElement).value).toBe("Q");
  });

  it("delete in the list removes the component and its arrows", () => {
    render(<Tools initial={'flowchart LR\n  A(["App"]) -->|"HTTPS"| B["API"]\n  B --> C[("DB")]'} />);
    fireEvent.click(screen.getByRole("button", { name: "Delete API" }));
    expect(source()).toBe('flowchart LR\n  A(["App"])\n  C[("DB")]');
  });
});

describe("source and preview as tabs on a phone", () => {
  function Tabs() {
    const [tab, setTab] = useState<WhiteboardTab>("source");
    return <SourcePreviewTabs tab={tab} onTab={setTab} source={<p>the code</p>} preview={<p>the drawing</p>} />;
  }

  it("is a tablist whose arrow keys move between the tabs, showing one panel at a time", () => {
    render(<Tabs />);
    const [sourceTab, previewTab] = screen.getAllByRole("tab");
    expect(sourceTab!.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("the drawing").closest("[role=tabpanel]")!.hasAttribute("hidden")).toBe(true);
    fireEvent.keyDown(sourceTab!, { key: "ArrowRight" });
    expect(previewTab!.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(previewTab);
    expect(previewTab!.tabIndex).toBe(0);
    expect(sourceTab!.tabIndex).toBe(-1);
    const panel = screen.getByText("the drawing").closest("[role=tabpanel]")!;
    expect(panel.hasAttribute("hidden")).toBe(false);
    expect(panel.getAttribute("aria-labelledby")).toBe(previewTab!.id);
    fireEvent.keyDown(previewTab!, { key: "ArrowRight" });
    expect(sourceTab!.getAttribute("aria-selected")).toBe("true");
  });
});

describe("the preview's viewport", () => {
  it("pans with a drag, zooms with the buttons and the arrow keys move it", async () => {
    render(
      <PanZoomView content={{ width: 1600, height: 400 }} label="Preview">
        <svg />
      </PanZoomView>,
    );
    const content = screen.getByTestId("pan-zoom-content");
    const viewport = screen.getByRole("group", { name: /Preview: drag/ });
    const before = content.style.transform;
    fireEvent.pointerDown(viewport, { pointerId: 1, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(viewport, { pointerId: 1, clientX: 40, clientY: 80 });
    fireEvent.pointerUp(viewport, { pointerId: 1 });
    expect(content.style.transform).not.toBe(before);
    const zoom = screen.getByTestId("zoom-level");
    const shown = zoom.textContent;
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Zoom in" })));
    expect(zoom.textContent).not.toBe(shown);
    const panned = content.style.transform;
    fireEvent.keyDown(viewport, { key: "ArrowLeft" });
    expect(content.style.transform).not.toBe(panned);
  });
});
