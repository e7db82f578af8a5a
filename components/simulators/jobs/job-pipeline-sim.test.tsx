// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { JobPipelineSim } from "@/components/simulators/jobs/job-pipeline-sim";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { JOB_PIPELINE_SCENARIOS } from "@/lib/jobs/scenarios";

afterEach(cleanUpSimulator);

function openSim() {
  const { container } = render(<JobPipelineSim id="job-pipeline-sim" />);
  expect(screen.getByText(/Make the three predictions/)).toBeTruthy();
  expect(screen.getByText("Max attempts 3 = the first try plus 2 retries")).toBeTruthy();
  for (const [key, spec] of Object.entries(JOB_PIPELINE_SCENARIOS))
    predict(container, key, spec.options.find((option) => option.id === spec.answer)!.label);
}

describe("JobPipelineSim", () => {
  it("steps a crash after the side effect into a duplicate, then an idempotency key removes it", () => {
    openSim();
    fireEvent.click(screen.getByRole("button", { name: "Next event" }));
    expect(screen.getByText(/Event 1 of \d+, at 0 s: W1 receives job-1, attempt 1 of 3 \(first try\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run to the end" }));
    expect(screen.getByText(/After 6 s and 7 attempts/)).toBeTruthy();
    expect(screen.getByText(/5 done exactly once, 1 duplicated, 0 lost, 0 in the DLQ/)).toBeTruthy();
    expect(screen.getByText(/2 \(duplicate\)/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Idempotency key/));
    fireEvent.click(screen.getByRole("button", { name: "Run to the end" }));
    expect(screen.getByText(/6 done exactly once, 0 duplicated/)).toBeTruthy();
  });

  it("filters the log to one job and sends the poison job to the DLQ after 3 attempts", () => {
    openSim();
    fireEvent.click(screen.getByRole("button", { name: "Poison job with a DLQ" }));
    fireEvent.click(screen.getByRole("button", { name: "Run to the end" }));
    expect(screen.getByText(/1 in the DLQ/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Show the log of"), { target: { value: "job-6" } });
    const log = within(screen.getByRole("list", { name: "Event log" }));
    const items = log.getAllByRole("listitem");
    expect(items.length).toBe(7);
    for (const item of items) expect(item.textContent).toContain("job-6");
    expect(log.getByText(/moves to the DLQ/)).toBeTruthy();
    expect(log.getAllByText(/attempt 3 of 3 \(retry 2\)/)).toHaveLength(2);
  });

  it("loses the job that crashes before its side effect under at-most-once, and greys out the retry settings", () => {
    openSim();
    fireEvent.click(screen.getByRole("button", { name: "At-most-once, two crashes" }));
    expect((screen.getByLabelText(/Move it to the dead-letter queue/) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Run to the end" }));
    expect(screen.getByText(/6 attempts: 5 done exactly once, 0 duplicated, 1 lost/)).toBeTruthy();
  });

  it("refuses an attempt count of 0 in words", () => {
    openSim();
    fireEvent.change(screen.getByLabelText("Max attempts (the first try plus retries)"), { target: { value: "0" } });
    expect(screen.getByRole("alert").textContent).toMatch(/first try counts as one/);
  });
});
