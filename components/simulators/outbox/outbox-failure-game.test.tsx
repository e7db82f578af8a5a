// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { cleanUpSimulator } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxFailureGame } from "@/components/simulators/outbox/outbox-failure-game";
import { OUTBOX_SCENARIOS } from "@/lib/outbox/scenarios";

afterEach(cleanUpSimulator);

function predictRight(container: HTMLElement, scenario: string) {
  const spec = OUTBOX_SCENARIOS[scenario]!;
  const fieldset = container.querySelector(`[data-prediction="${scenario}"]`) as HTMLElement;
  fireEvent.click(within(fieldset).getByLabelText(spec.options.find((o) => o.id === spec.answer)!.label));
  fireEvent.click(within(fieldset).getByRole("button", { name: "Check prediction" }));
}

describe("OutboxFailureGame", () => {
  it("shows both runs of a crash after commit only once both predictions are made", () => {
    const { container } = render(<OutboxFailureGame id="outbox-failure-game" />);
    expect(screen.getByText(/Make the predictions above/)).toBeTruthy();
    predictRight(container, "dual-crash-after-commit");
    expect(screen.queryByRole("region", { name: "Dual write" })).toBeNull();
    predictRight(container, "outbox-crash-after-commit");
    const dual = screen.getByRole("region", { name: "Dual write" });
    expect(within(dual).getByText(/o-42: Lost/)).toBeTruthy();
    const outbox = screen.getByRole("region", { name: "Transactional outbox" });
    expect(within(outbox).getByText(/o-42: Delivered once, but late/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText("In a process of its own"));
    expect(
      within(screen.getByRole("region", { name: "Transactional outbox" })).getByText(/o-42: Delivered once, on time/),
    ).toBeTruthy();
  });

  it("steps the mid-batch failure: o-41 and o-42 twice, o-43 once", () => {
    const { container } = render(<OutboxFailureGame id="obx" />);
    fireEvent.click(screen.getByLabelText("The relay's connection drops in the middle of a batch"));
    predictRight(container, "outbox-mid-batch");
    const outbox = screen.getByRole("region", { name: "Transactional outbox" });
    expect(within(outbox).getByText(/o-41: Delivered more than once/)).toBeTruthy();
    expect(within(outbox).getByText(/o-43: Delivered once, on time/)).toBeTruthy();
    expect(
      within(screen.getByRole("region", { name: "Dual write" })).getByText(/fault has nowhere to land/),
    ).toBeTruthy();
  });

  it("opens the index timeout on auto ids (two documents) and converges with an upsert", () => {
    const { container } = render(<OutboxFailureGame id="obx2" />);
    fireEvent.click(screen.getByLabelText("The search index times out and the indexer retries"));
    predictRight(container, "index-timeout-auto-id");
    expect(
      within(screen.getByRole("region", { name: "Transactional outbox" })).getByText(/2 documents in search/),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText("An upsert with the order id as document id"));
    expect(
      within(screen.getByRole("region", { name: "Transactional outbox" })).getByText(/1 document in search/),
    ).toBeTruthy();
  });
});
