// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { JwtInspector } from "@/components/simulators/security/jwt-inspector";
import { JWT_SCENARIOS } from "@/lib/security/scenarios";

afterEach(cleanUpSimulator);

/** Real key generation and signing run in these tests: give jose time. */
const slow = { timeout: 15_000 };

function predictRight(container: HTMLElement, scenario: string) {
  const spec = JWT_SCENARIOS[scenario]!;
  return predict(container, scenario, spec.options.find((o) => o.id === spec.answer)!.label);
}

const outcome = (title: string) => within(screen.getByRole("region", { name: title })).getByRole("group");

describe("JwtInspector", () => {
  it("shows the edited token only after the prediction, rejected by jose for its signature", async () => {
    const { container } = render(<JwtInspector id="jwt-inspector" />);
    expect(screen.getByText(/Make the prediction above/)).toBeTruthy();
    expect(screen.queryByText(/keys generated here and never sent anywhere/)).toBeNull();
    const prompt = predictRight(container, "edit-role");
    expect(prompt.textContent).toMatch(/Correct/);
    expect(screen.getByText(/keys generated here and never sent anywhere/)).toBeTruthy();
    const edited = await within(screen.getByRole("region", { name: "With role edited to admin" })).findByText(
      /Rejected\./,
      {},
      slow,
    );
    expect(edited.closest("p")!.textContent).toMatch(/signature verification failed/);
    expect(
      within(screen.getByRole("region", { name: "With role edited to admin" })).getByText(
        /no match, the payload was changed after signing/,
      ),
    ).toBeTruthy();
    const original = await within(screen.getByRole("region", { name: "The token as issued" })).findByText(
      /Accepted: user-42 with role reader\./,
      {},
      slow,
    );
    expect(original).toBeTruthy();
    // The decoded payload is on show: anyone can read it.
    expect(screen.getAllByText(/"role": "admin"/).length).toBeGreaterThan(0);
  });

  it("a wrong prediction still opens the runs, and says what the model does", async () => {
    const { container } = render(<JwtInspector id="jwt-wrong" />);
    fireEvent.click(screen.getByLabelText('Set "alg": "none" and drop the signature'));
    const prompt = predict(container, "alg-none", /^Accepted: the service trusts/);
    expect(prompt.textContent).toMatch(/The model says: Rejected: the algorithm in the header is not allowed/);
    const region = screen.getByRole("region", { name: 'Header says "none", no signature' });
    await within(region).findByText(/Rejected\./, {}, slow);
    expect(outcome('Header says "none", no signature').textContent).toMatch(/not allowed/);
    expect(within(region).getByText("(empty)")).toBeTruthy();
  });

  it("a verifier mints: accepted under HS256, no token at all under RS256", async () => {
    const { container } = render(<JwtInspector id="jwt-mint" />);
    fireEvent.click(screen.getByLabelText("A verifier mints its own token"));
    predictRight(container, "verifier-mints-hs256");
    expect(screen.getByText("One more prediction to go, then the tokens appear.")).toBeTruthy();
    predictRight(container, "verifier-mints-rs256");
    const hs = "HS256: the orders service signs with the shared secret";
    const rs = "RS256: the orders service tries to sign with the public key";
    await within(screen.getByRole("region", { name: hs })).findByText(/Accepted: user-42 with role admin\./, {}, slow);
    await within(screen.getByRole("region", { name: rs })).findByText(/No token\./, {}, slow);
    expect(outcome(rs).textContent).toMatch(/private/);
    // The holders table for the explorer's algorithm (RS256): only the auth service mints.
    const table = screen.getByRole("table", { name: "Who holds which key under RS256" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Auth service.*private key and the public key.*Yes$/),
      expect.stringMatching(/^Orders service.*public key.*No$/),
      expect.stringMatching(/^Payments service.*public key.*No$/),
      expect.stringMatching(/^Attacker.*No$/),
    ]);
    fireEvent.click(within(screen.getByRole("region", { name: "Build your own token" })).getByLabelText(/^HS256/));
    expect(
      within(screen.getByRole("table", { name: "Who holds which key under HS256" }))
        .getAllByRole("row")
        .map((row) => row.textContent?.endsWith("Yes")),
    ).toEqual([false, true, true, true, false]);
  });

  it("the explorer's clock: accepted at 09:14:59, expired at 09:15:00", async () => {
    const { container } = render(<JwtInspector id="jwt-clock" />);
    fireEvent.click(screen.getByLabelText("Let the clock run: exp and nbf"));
    predictRight(container, "expiry-edge");
    predictRight(container, "not-before");
    const explorer = screen.getByRole("region", { name: "Build your own token" });
    // It starts from the case's last preset (nbf 09:05, clock 09:02); drop nbf and set the clock.
    fireEvent.click(within(explorer).getByLabelText(/Not valid before 09:05:00/));
    fireEvent.change(within(explorer).getByLabelText(/Verifier's clock/), { target: { value: "899" } });
    expect(within(explorer).getByText(/That is 09:14:59 UTC/)).toBeTruthy();
    await within(explorer).findByText(/Accepted: user-42 with role reader\./, {}, slow);
    fireEvent.click(within(explorer).getByRole("button", { name: "Clock +1 s" }));
    await within(explorer).findByText(/Rejected\./, {}, slow);
    expect(within(explorer).getByText("the clock (09:15:00) is not before exp (09:15:00)")).toBeTruthy();
    fireEvent.change(within(explorer).getByLabelText(/Verifier's clock/), { target: { value: "" } });
    expect(within(explorer).getByText(/the clock must be a whole number/)).toBeTruthy();
  });
});
