// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { ConsistentHashRing } from "@/components/simulators/sharding/consistent-hash-ring";
import { ShardKeyChooser } from "@/components/simulators/sharding/shard-key-chooser";

afterEach(cleanUpSimulator);

describe("ConsistentHashRing", () => {
  it("opens after the prediction; adding S4 moves keys from S2 only, against 75% under mod N", () => {
    const { container } = render(<ConsistentHashRing id="consistent-hash-ring" />);
    expect(screen.getByText(/Make your prediction above to open the ring/)).toBeTruthy();
    predict(container, "add-s4-source", /^S2, the next node clockwise/);
    fireEvent.click(screen.getByRole("button", { name: "Add S4 at 150°" }));
    expect(screen.getByText(/From: S2\. To: S4\./)).toBeTruthy();
    expect(screen.getByText(/exactly 16\.7% of the ring changed owner/)).toBeTruthy();
    expect(screen.getByText(/expected for uniform keys: 75\.0%/)).toBeTruthy();
  });

  it("lists every replica by name with RF = 3", () => {
    const { container } = render(<ConsistentHashRing id="ring" />);
    fireEvent.change(screen.getByLabelText("Scenario"), { target: { value: "replicas" } });
    predict(container, "replicas-rf3", "S4, S2 and S3");
    expect(screen.getByText("S4 → S2 → S3")).toBeTruthy();
  });

  it("refuses a position off the ring", () => {
    const { container } = render(<ConsistentHashRing id="ring-input" />);
    predict(container, "add-s4-source", /^S1/);
    fireEvent.change(screen.getByLabelText("New node at (degrees)"), { target: { value: "400" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a node" }));
    expect(screen.getByText(/from 0 to 359\.9 degrees/)).toBeTruthy();
  });
});

describe("ShardKeyChooser", () => {
  it("opens after the prediction and flags the city key as HOT", () => {
    const { container } = render(<ShardKeyChooser id="shard-key-chooser" />);
    expect(screen.getByText(/Make your prediction above/)).toBeTruthy();
    predict(container, "bank-account-id", "2 to 4");
    fireEvent.click(screen.getByLabelText("user_id"));
    expect(screen.getByText("No hot shard.")).toBeTruthy();
    fireEvent.click(screen.getByLabelText("city_id"));
    expect(screen.getByText("HOT shard.")).toBeTruthy();
  });
});
