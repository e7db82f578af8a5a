// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { cleanUpSimulator } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { PushPullTimeline } from "@/components/simulators/realtime/push-pull-timeline";

afterEach(cleanUpSimulator);

describe("PushPullTimeline", () => {
  it("hides the model's numbers until a prediction is made, then shows them", () => {
    const { container } = render(<PushPullTimeline id="push-pull-timeline" />);
    expect(screen.getByText(/Make a prediction above/)).toBeTruthy();
    expect(screen.queryByTestId("push-pull-table")).toBeNull();

    const prompt = container.querySelector('[data-prediction="most-requests"]') as HTMLElement;
    fireEvent.click(within(prompt).getByLabelText("Short polling"));
    fireEvent.click(within(prompt).getByRole("button", { name: "Check prediction" }));
    expect(within(prompt).getByText("(the model)")).toBeTruthy();

    // Load the scenario: 10 events in 10 minutes, a 2 s poll → 300 requests.
    fireEvent.click(screen.getByRole("button", { name: "Show this scenario on the timeline" }));
    const table = screen.getByTestId("push-pull-table");
    const shortRow = within(table).getByRole("row", { name: /Short polling/ });
    expect(within(shortRow).getByText("300")).toBeTruthy();
    expect(screen.getByRole("img", { name: /Short polling/ })).toBeTruthy();
  });

  it("labels every control and switches pattern from the keyboard-reachable radios", () => {
    render(<PushPullTimeline id="push-pull-timeline" />);
    expect(screen.getByLabelText(/Short-poll interval/)).toBeTruthy();
    expect(screen.getByLabelText(/Long-poll timeout/)).toBeTruthy();
    expect(screen.getByLabelText(/Network round trip/)).toBeTruthy();
    expect(screen.getByLabelText(/Events per minute/)).toBeTruthy();
    const patterns = screen.getByRole("group", { name: "Delivery pattern" });
    const websocket = within(patterns).getByRole("radio", { name: "WebSocket" }) as HTMLInputElement;
    fireEvent.click(websocket);
    expect(websocket.checked).toBe(true);
  });
});
