import { useId, type ComponentProps, type ReactNode } from "react";
import { inputClasses, writeUpClasses } from "@/components/ui/field-styles";
import { cn } from "@/lib/cn";

type FrameProps = {
  label: ReactNode;
  /** Shown under the field and announced with it; turns the field invalid. */
  error?: string;
  hint?: ReactNode;
  className?: string;
};

/** The label, hint and error of one control, tied to it by id for screen readers. */
function FieldFrame({
  label,
  error,
  hint,
  className,
  control,
}: FrameProps & { control: (aria: Record<string, string | boolean | undefined>) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {control({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger" data-field-error>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  error,
  hint,
  className,
  ...props
}: FrameProps & Omit<ComponentProps<"input">, "id">) {
  return (
    <FieldFrame
      {...{ label, error, hint, className }}
      control={(aria) => <input className={inputClasses} {...aria} {...props} />}
    />
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  children,
  ...props
}: FrameProps & Omit<ComponentProps<"select">, "id">) {
  return (
    <FieldFrame
      {...{ label, error, hint, className }}
      control={(aria) => (
        <select className={inputClasses} {...aria} {...props}>
          {children}
        </select>
      )}
    />
  );
}

/** A text area; `long` gives the tall field of a written answer (in the prose font, like the lessons). */
export function TextAreaField({
  label,
  error,
  hint,
  className,
  long = false,
  ...props
}: FrameProps & Omit<ComponentProps<"textarea">, "id"> & { long?: boolean }) {
  return (
    <FieldFrame
      {...{ label, error, hint, className }}
      control={(aria) => <textarea className={long ? writeUpClasses : inputClasses} {...aria} {...props} />}
    />
  );
}
