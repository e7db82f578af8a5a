// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { PartitionKeyDesigner } from "@/components/simulators/data/partition-key-designer";

afterEach(cleanUpSimulator);

describe("PartitionKeyDesigner", () => {
  it("opens the layout only after a prediction, then shows the partition read and the rows in order", () => {
    const { container } = render(<PartitionKeyDesigner id="partition-key-designer" />);
    expect(screen.queryByText("Partitions the query reads")).toBeNull();
    expect(screen.getByRole("region", { name: "Sample rows of messages" })).toBeTruthy();
    const prompt = predict(container, "latest-two", /^17:02 then 17:01/);
    expect(prompt.textContent).toMatch(/Correct/);

    const summary = screen.getByText("Partitions the query reads").closest("dl")!;
    expect(summary.textContent).toMatch(/1 of 3: Chat-ABC-123/);
    expect(summary.textContent).toMatch(/2 read, 2 returned/);
    expect(summary.textContent).toMatch(/Chat-ABC-123: 3 of 6 rows/);
    expect(summary.textContent).toMatch(/Yes: the rows it needs/);
    const layout = screen.getByRole("region", { name: "Partitions as stored" });
    expect(layout.textContent).toMatch(/returned #1.*See you then!.*returned #2.*Sounds good\./);

    // Store oldest first: LIMIT 2 now returns the start of the conversation.
    fireEvent.change(screen.getByLabelText("Stored order"), { target: { value: "asc" } });
    expect(summary.textContent).toMatch(/No: wrong rows or wrong order/);
    expect(layout.textContent).toMatch(/returned #1.*Let's meet at 5\..*returned #2.*Sounds good\./);

    // No clustering key: the primary key is chat_id alone and writes replace each other.
    fireEvent.change(screen.getByLabelText("Clustering (sort) key"), { target: { value: "(none)" } });
    expect(screen.getByText(/Lost to upserts: 3 writes were replaced/)).toBeTruthy();
  });

  it("scatters a query by sender until the table is partitioned by sender_id", () => {
    const { container } = render(<PartitionKeyDesigner id="pkd" />);
    fireEvent.change(screen.getByLabelText("Scenario"), { target: { value: "by-sender" } });
    expect(screen.queryByText("Partitions the query reads")).toBeNull();
    const prompt = predict(container, "by-sender", /^1: UserA's partition/);
    expect(prompt.textContent).toMatch(/The model says: 3: every partition/);
    const summary = screen.getByText("Partitions the query reads").closest("dl")!;
    expect(summary.textContent).toMatch(/all 3 \(scatter-gather/);
    fireEvent.change(screen.getByLabelText("Partition key"), { target: { value: "sender_id" } });
    expect(summary.textContent).toMatch(/1 of 4: UserA/);
  });

  it("shows where today's sensor writes land", () => {
    const { container } = render(<PartitionKeyDesigner id="pkd-sensors" />);
    fireEvent.change(screen.getByLabelText("Scenario"), { target: { value: "day-partition" } });
    predict(container, "day-partition", /^1: every device/);
    const summary = screen.getByText("Partitions the query reads").closest("dl")!;
    expect(summary.textContent).toMatch(/Today's writes \(2026-03-15\) land in1 partition: 2026-03-15/);
    fireEvent.change(screen.getByLabelText("Partition key"), { target: { value: "device_id+day" } });
    expect(summary.textContent).toMatch(/land in3 partitions/);
  });
});
