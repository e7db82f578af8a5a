"use client";

import { useState } from "react";
import { KeyspaceResults } from "@/components/simulators/keyspace/keyspace-results";
import { NumberField } from "@/components/simulators/number-field";
import { RadioGroup } from "@/components/simulators/radio-group";
import { Button } from "@/components/ui/button";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { formatInputNumber, NOT_A_NUMBER, parseNumber } from "@/lib/estimation/parse-number";
import { ALPHABETS, keyspaceProblem, MAX_LENGTH, perSecondFromMonthly } from "@/lib/keyspace/keyspace";
import { KEYSPACE_EXAMPLE } from "@/lib/keyspace/scenarios";

type AlphabetChoice = (typeof ALPHABETS)[number]["id"] | "other";
type RateUnit = "month" | "second";

const DEFAULTS = {
  alphabet: "base62" as AlphabetChoice,
  otherSize: 64,
  length: KEYSPACE_EXAMPLE.length,
  rate: formatInputNumber(KEYSPACE_EXAMPLE.perMonth),
  unit: "month" as RateUnit,
  years: 100,
  randomIds: formatInputNumber(KEYSPACE_EXAMPLE.randomIds),
};

const countError = (text: string) => {
  const value = parseNumber(text);
  if (value === null) return NOT_A_NUMBER;
  return value < 0 ? "Enter 0 or more." : undefined;
};

/** The calculator's inputs: alphabet, length, rate, a lifetime to aim for and a number of random ids. */
export function KeyspacePanel() {
  const [inputs, setInputs] = useState(DEFAULTS);
  const set = (patch: Partial<typeof inputs>) => setInputs((current) => ({ ...current, ...patch }));

  const alphabet = ALPHABETS.find((option) => option.id === inputs.alphabet)?.size ?? inputs.otherSize;
  const rate = parseNumber(inputs.rate);
  const randomIds = parseNumber(inputs.randomIds);
  const problem =
    keyspaceProblem(alphabet, inputs.length) ??
    (rate === null || rate < 0 ? "Enter how many ids are issued, as 0 or more." : null) ??
    (randomIds === null || randomIds < 0 ? "Enter how many random ids to check, as 0 or more." : null) ??
    (Number.isFinite(inputs.years) && inputs.years > 0 ? null : "Enter a number of years above 0.");

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <RadioGroup
            legend="Alphabet"
            value={inputs.alphabet}
            options={[
              ...ALPHABETS.map((option) => ({ value: option.id as AlphabetChoice, label: option.label })),
              { value: "other" as AlphabetChoice, label: "Another size" },
            ]}
            onChange={(value) => set({ alphabet: value })}
          />
          {inputs.alphabet === "other" ? (
            <NumberField
              label="Symbols in the alphabet"
              value={inputs.otherSize}
              min={2}
              max={1_000}
              step={1}
              onChange={(value) => set({ otherSize: value })}
            />
          ) : null}
        </div>
        <div className="space-y-3">
          <NumberField
            label="Key length (symbols)"
            value={inputs.length}
            min={1}
            max={MAX_LENGTH}
            step={1}
            onChange={(value) => set({ length: value })}
          />
          <ShorthandNumberField
            label="New ids issued"
            value={inputs.rate}
            error={countError(inputs.rate)}
            onChange={(value) => set({ rate: value })}
          />
          <RadioGroup
            legend="Issued per"
            value={inputs.unit}
            options={[
              { value: "month" as RateUnit, label: "Month (30 days)" },
              { value: "second" as RateUnit, label: "Second" },
            ]}
            onChange={(value) => set({ unit: value })}
          />
          <NumberField
            label="Years the keys must last"
            value={inputs.years}
            min={1}
            max={100_000}
            step={1}
            onChange={(value) => set({ years: value })}
          />
          <ShorthandNumberField
            label="Random ids issued (for the collision odds)"
            value={inputs.randomIds}
            error={countError(inputs.randomIds)}
            onChange={(value) => set({ randomIds: value })}
          />
        </div>
      </div>
      <Button variant="secondary" size="sm" onClick={() => setInputs(DEFAULTS)}>
        Back to the worked example (7 base62 characters, 100M a month)
      </Button>
      <div aria-live="polite">
        {problem || rate === null || randomIds === null ? (
          <p className="text-sm text-danger" role="alert">
            {problem}
          </p>
        ) : (
          <KeyspaceResults
            alphabet={alphabet}
            length={inputs.length}
            perSecond={inputs.unit === "month" ? perSecondFromMonthly(rate) : rate}
            perMonth={inputs.unit === "month" ? rate : null}
            years={inputs.years}
            randomIds={randomIds}
          />
        )}
      </div>
    </div>
  );
}
