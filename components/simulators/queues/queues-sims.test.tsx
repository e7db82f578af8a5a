// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { ConsumerLagDLQ } from "@/components/simulators/queues/consumer-lag-dlq";
import { LoadBalancerSim } from "@/components/simulators/queues/load-balancer-sim";
import { CONSUMER_LAG_SCENARIOS } from "@/lib/queues/scenarios";

afterEach(cleanUpSimulator);

describe("LoadBalancerSim", () => {
  it("opens the stream after the prediction, and round robin sends request 5 to S2", () => {
    const { container } = render(<LoadBalancerSim id="load-balancer-sim" />);
    expect(screen.getByText(/Make your prediction above/)).toBeTruthy();
    predict(container, "round-robin-fifth", "S2");
    expect(screen.getByText(/\(the model\)/)).toBeTruthy();
    // Outside a lesson (as here and on /practice) the learner opens the run after predicting.
    for (let request = 1; request <= 4; request++) fireEvent.click(screen.getByRole("button", { name: "Send it" }));
    const question = screen.getByText(/Request 5 of 6/).closest("fieldset") as HTMLElement;
    fireEvent.click(within(question).getByLabelText("S2"));
    fireEvent.click(screen.getByRole("button", { name: "Send it and check my guess" }));
    expect(screen.getByText(/you said S2; it went to S2/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run to the end" }));
    expect(screen.getByText(/Requests per server: S1 2, S2 2, S3 2/)).toBeTruthy();
  });

  it("shows a dead server as undetected, then marked down, in words", () => {
    const { container } = render(<LoadBalancerSim id="lb" />);
    fireEvent.change(screen.getByLabelText("Preset"), { target: { value: "health-check" } });
    predict(container, "failed-before-markdown", "3");
    fireEvent.click(screen.getByRole("button", { name: "Run to the end" }));
    expect(screen.getByText(/Failed: 3\./)).toBeTruthy();
    expect(screen.getByText("marked down")).toBeTruthy();
  });
});

describe("ConsumerLagDLQ", () => {
  it("opens the lag calculator after three predictions and shows the 50 s drain", () => {
    const { container } = render(<ConsumerLagDLQ id="consumer-lag-dlq" />);
    expect(screen.getByText(/Make the three predictions/)).toBeTruthy();
    predict(container, "lag-value", "50,000 messages");
    predict(container, "drain-time", "50 s");
    predict(container, "slower-consumer", /^Never/);
    expect(screen.getByText("50,000 / (6,000 − 5,000) = 50 s")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Slower consumer/ }));
    expect(screen.getByText(/grows by 1,000 a second/)).toBeTruthy();
  });

  it("steps the poison message into the DLQ after its 4th attempt", () => {
    const { container } = render(<ConsumerLagDLQ id="dlq" />);
    for (const key of ["poison-no-dlq", "poison-dlq-attempts", "transient-failure", "poison-in-a-queue"]) {
      const spec = CONSUMER_LAG_SCENARIOS[key]!;
      predict(container, key, spec.options.find((option) => option.id === spec.answer)!.label);
    }
    fireEvent.change(screen.getByLabelText("Policy"), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: /Run 20 attempts/ }));
    expect(screen.getByText(/In the DLQ: order-102/)).toBeTruthy();
    expect(screen.getByText(/order-102, attempt 4 \(retry 3\): failed, published to the DLQ/)).toBeTruthy();
  });
});
