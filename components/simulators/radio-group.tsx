import { useId } from "react";

/**
 * A simulator setting with a few named values, as radio buttons under a
 * legend: every option labelled, the group reachable with Tab and changed
 * with the arrow keys.
 */
export function RadioGroup<T extends string | number>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-col gap-1">
        {options.map((option) => (
          <label
            key={String(option.value)}
            className={`flex min-h-10 items-center gap-2 text-sm ${option.disabled ? "text-muted" : ""}`}
          >
            <input
              type="radio"
              name={name}
              className="size-4 shrink-0"
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
