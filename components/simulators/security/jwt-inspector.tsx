"use client";

import { useEffect, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { NumberField } from "@/components/simulators/number-field";
import { RadioGroup } from "@/components/simulators/radio-group";
import { TimedSteps } from "@/components/simulators/timed-steps";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { keysFor, runRecipe, type LabKeys, type LabRun } from "@/lib/security/jwt-lab";
import {
  ISSUED_AT_S,
  LIFETIME_S,
  PARTIES,
  canMint,
  checkTrail,
  clockLabel,
  durationLabel,
  keysHeld,
  recipeProblem,
  type Alg,
  type KeyName,
  type Party,
  type Recipe,
  type Role,
  type Signer,
} from "@/lib/security/jwt-rules";
import { JWT_CASES, JWT_SCENARIOS } from "@/lib/security/scenarios";

const ALG_OPTIONS: readonly { value: Alg; label: string }[] = [
  { value: "HS256", label: "HS256: one shared secret signs and verifies" },
  { value: "RS256", label: "RS256: an RSA key pair" },
  { value: "ES256", label: "ES256: a P-256 elliptic-curve key pair" },
];

const SIGNER_OPTIONS: readonly { value: Signer; label: string }[] = [
  { value: "auth", label: "The auth service, with its real key" },
  { value: "attacker", label: "An attacker, with a key of their own" },
  { value: "orders", label: "The orders service, with the key it verifies with" },
  { value: "none", label: 'Nobody: "alg": "none", no signature' },
];

const PARTY_NAMES: Record<Party, string> = {
  auth: "Auth service (issues)",
  orders: "Orders service (verifies)",
  payments: "Payments service (verifies)",
  attacker: "Attacker",
};

const KEY_NAMES: Record<KeyName, string> = {
  "shared-secret": "the shared secret",
  "auth-private": "the private key",
  "auth-public": "the public key",
  "attacker-key": "a key of their own",
};

type RunState = { key: string; run: LabRun } | { key: string; error: string };

/** jose's run of one recipe: null while it signs and verifies (keys are made on first use of an algorithm). */
function useRun(recipe: Recipe): RunState | null {
  const key = JSON.stringify(recipe);
  const [state, setState] = useState<RunState | null>(null);
  useEffect(() => {
    let live = true;
    const r = JSON.parse(key) as Recipe;
    keysFor(r.alg)
      .then((keys) => runRecipe(keys, r))
      .then(
        (run) => live && setState({ key, run }),
        (error: unknown) =>
          live && setState({ key, error: error instanceof Error ? error.message : "this browser could not run it" }),
      );
    return () => {
      live = false;
    };
  }, [key]);
  return state?.key === key ? state : null;
}

function useKeys(alg: Alg): LabKeys | null {
  const [keys, setKeys] = useState<LabKeys | null>(null);
  useEffect(() => {
    let live = true;
    keysFor(alg).then(
      (made) => live && setKeys(made),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [alg]);
  return keys?.alg === alg ? keys : null;
}

function Outcome({ state }: { state: RunState | null }) {
  if (!state) return <p className="text-muted">jose is signing and verifying…</p>;
  if ("error" in state)
    return (
      <p>
        <span className="font-semibold text-danger" aria-hidden="true">
          ✗
        </span>{" "}
        The lab could not run here: {state.error}
      </p>
    );
  const { run } = state;
  if (!run.made)
    return (
      <p>
        <span className="font-semibold text-danger" aria-hidden="true">
          ✗
        </span>{" "}
        <strong>No token.</strong> jose refused to sign: <span className="font-mono text-xs">{run.message}</span>
      </p>
    );
  const accepted = run.verdict.kind === "accepted";
  return (
    <p>
      <span className={`font-semibold ${accepted ? "text-success" : "text-danger"}`} aria-hidden="true">
        {accepted ? "✓" : "✗"}
      </span>{" "}
      <strong>
        {accepted && run.verdict.kind === "accepted" ? `Accepted: user-42 with role ${run.verdict.role}.` : "Rejected."}
      </strong>{" "}
      jwtVerify said: <span className="font-mono text-xs">{run.message}</span>
    </p>
  );
}

const at = (epochS: unknown) => (typeof epochS === "number" ? clockLabel(epochS - ISSUED_AT_S) : "none");

function TokenView({ run }: { run: Extract<LabRun, { made: true }> }) {
  const [header, payload, signature] = run.decoded.segments;
  const parts = [
    { name: "Header", value: header },
    { name: "Payload", value: payload },
    { name: "Signature", value: signature || "(empty)" },
  ];
  return (
    <div className="space-y-2 rounded-md border border-border bg-bg p-3 text-sm">
      <p className="font-medium">The token as sent: {run.token.length} characters, three parts joined by dots</p>
      <dl className="space-y-1">
        {parts.map((part) => (
          <div key={part.name}>
            <dt className="text-muted">{part.name} (base64url)</dt>
            <dd className="font-mono text-xs break-all">{part.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="min-w-0">
          <p className="text-muted">Header, decoded by anyone</p>
          <pre className="font-mono text-xs break-all whitespace-pre-wrap">
            {JSON.stringify(run.decoded.header, null, 2)}
          </pre>
        </div>
        <div className="min-w-0">
          <p className="text-muted">Payload, decoded by anyone</p>
          <pre className="font-mono text-xs break-all whitespace-pre-wrap">
            {JSON.stringify(run.decoded.payload, null, 2)}
          </pre>
          <p className="text-muted">
            iat {at(run.decoded.payload.iat)}, nbf {at(run.decoded.payload.nbf)}, exp {at(run.decoded.payload.exp)}{" "}
            (UTC)
          </p>
        </div>
      </div>
    </div>
  );
}

/** One recipe: the verifier's checks in order, jose's verdict, and the token encoded and decoded. */
function TokenRun({ title, recipe }: { title: string; recipe: Recipe }) {
  const state = useRun(recipe);
  const steps = checkTrail(recipe).map((step) => ({ kind: step.kind, at: null, actor: step.check, text: step.text }));
  return (
    <TimedSteps
      title={title}
      steps={[{ kind: "info", at: clockLabel(recipe.clockS), actor: "Verifier", text: "checks the token" }, ...steps]}
      outcome={
        <div className="space-y-2">
          <Outcome state={state} />
          {state && "run" in state && state.run.made ? <TokenView run={state.run} /> : null}
        </div>
      }
    />
  );
}

function HoldersTable({ alg }: { alg: Alg }) {
  const keys = useKeys(alg);
  return (
    <ScrollRegion label={`Who holds which key under ${alg}`}>
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="mb-1 text-left font-medium">Who holds which key under {alg}</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Party
            </th>
            <th scope="col" className="py-1 pr-3">
              Holds
            </th>
            <th scope="col" className="py-1">
              Can mint tokens the services accept?
            </th>
          </tr>
        </thead>
        <tbody>
          {PARTIES.map((party) => {
            const held = keysHeld(alg, party).map((key) => KEY_NAMES[key]);
            const mints = canMint(alg, party);
            return (
              <tr key={party} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {PARTY_NAMES[party]}
                </th>
                <td className="py-1 pr-3">
                  {held.join(" and ")}
                  {keys && party !== "attacker" ? (
                    <span className="font-mono text-xs text-muted"> ({keys.fingerprint})</span>
                  ) : null}
                </td>
                <td className={`py-1 font-semibold ${mints ? "text-danger" : "text-success"}`}>
                  {mints ? "Yes" : "No"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Free play after the predictions: any algorithm, signer, edit and clock, signed and verified for real. */
function Explorer({ start }: { start: Recipe }) {
  const [recipe, setRecipe] = useState<Recipe>(start);
  const set = (patch: Partial<Recipe>) => setRecipe((current) => ({ ...current, ...patch }));
  const problem = recipeProblem(recipe);
  const shift = (seconds: number) =>
    set({ clockS: Math.max(0, (Number.isFinite(recipe.clockS) ? recipe.clockS : 0) + seconds) });
  return (
    <section aria-label="Build your own token" className="space-y-4 rounded-md border border-border p-3">
      <h4 className="font-semibold">Now build your own token</h4>
      <div className="grid gap-4 sm:grid-cols-2">
        <RadioGroup
          legend="Signing algorithm"
          value={recipe.alg}
          options={ALG_OPTIONS}
          onChange={(alg) => set({ alg })}
        />
        <RadioGroup
          legend="Who signs it"
          value={recipe.signer}
          options={SIGNER_OPTIONS}
          onChange={(signer) => set({ signer })}
        />
        <RadioGroup<Role>
          legend="Role the auth service writes"
          value={recipe.role}
          options={[
            { value: "reader", label: "reader" },
            { value: "admin", label: "admin" },
          ]}
          onChange={(role) => set({ role })}
        />
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Claims and tampering</legend>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={recipe.editRole}
              onChange={(event) => set({ editRole: event.target.checked })}
            />
            Edit &quot;role&quot; to &quot;admin&quot; after signing
          </label>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={recipe.notBeforeS !== null}
              onChange={(event) => set({ notBeforeS: event.target.checked ? 5 * 60 : null })}
            />
            Not valid before {clockLabel(5 * 60)} (nbf)
          </label>
        </fieldset>
      </div>
      <div className="space-y-2">
        <NumberField
          label={`Verifier's clock, in seconds after ${clockLabel(0)}`}
          value={recipe.clockS}
          min={0}
          max={7_200}
          step={1}
          onChange={(clockS) => set({ clockS })}
        />
        <p className="text-sm text-muted" aria-live="polite">
          {problem ??
            `That is ${clockLabel(recipe.clockS)} UTC. The token lives ${durationLabel(LIFETIME_S)}: exp is ${clockLabel(recipe.lifetimeS)}.`}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => shift(1)}>
            Clock +1 s
          </Button>
          <Button variant="secondary" onClick={() => shift(60)}>
            Clock +1 min
          </Button>
          <Button variant="secondary" onClick={() => set({ clockS: 0 })}>
            Back to {clockLabel(0)}
          </Button>
        </div>
      </div>
      <HoldersTable alg={recipe.alg} />
      {problem ? null : <TokenRun title="Your token" recipe={recipe} />}
    </section>
  );
}

/**
 * Make a JWT in the page (HS256 with a generated secret, or RS256 / ES256 with
 * a generated key pair), tamper with it, run the clock past exp, and let a
 * verifier try to mint. The learner predicts each verdict first; then jose
 * signs and verifies for real, beside the verifier's checks in order.
 */
export function JwtInspector({ id }: { id: string }) {
  const prediction = usePrediction(id, JWT_SCENARIOS);
  const [caseId, setCaseId] = useState(JWT_CASES[0]!.id);
  const current = JWT_CASES.find((c) => c.id === caseId)!;
  const remaining = current.scenarios.filter((key) => !prediction.answered(key)).length;

  return (
    <div className="space-y-5" data-testid="jwt-inspector">
      <p className="text-sm text-muted">
        The auth service issues user-42 a token at {clockLabel(0)} UTC that lives {durationLabel(LIFETIME_S)}. The
        orders and payments services verify it, accepting only the issuer&apos;s algorithm. Choose what happens to the
        token and predict the verdict; then watch it signed and verified for real.
      </p>
      <RadioGroup
        legend="What happens to the token?"
        value={caseId}
        options={JWT_CASES.map((c) => ({ value: c.id, label: c.label }))}
        onChange={setCaseId}
      />
      <div className="space-y-3">
        {current.scenarios.map((key) => (
          <PredictionPrompt key={key} id={id} scenarios={JWT_SCENARIOS} scenario={key} />
        ))}
      </div>
      {remaining === 0 ? (
        <div className="space-y-4">
          <p className="text-sm text-muted">
            Signed and verified by jose in this page, with keys generated here and never sent anywhere.
          </p>
          <div className="grid gap-4 lg:grid-cols-2" aria-live="polite">
            {current.presets.map((preset) => (
              <TokenRun key={preset.title} title={preset.title} recipe={preset.recipe} />
            ))}
          </div>
          <Explorer key={current.id} start={current.presets.at(-1)!.recipe} />
        </div>
      ) : (
        <p className="text-sm text-muted">
          {remaining < current.scenarios.length
            ? "One more prediction to go, then the tokens appear."
            : `Make the ${current.scenarios.length === 1 ? "prediction" : "predictions"} above to see the ${current.presets.length === 1 ? "token" : "tokens"} signed and checked.`}
        </p>
      )}
    </div>
  );
}
