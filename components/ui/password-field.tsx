"use client";

import { useState, type ComponentProps } from "react";
import { TextField } from "@/components/ui/fields";

/**
 * A password input with a "Show" toggle: typing a long passphrase blind on a
 * phone is where sign-ins fail. The toggle is a real button after the field,
 * reached by Tab; its name says what it will do ("Show password", "Hide password").
 */
export function PasswordField(props: Omit<ComponentProps<typeof TextField>, "type">) {
  const [shown, setShown] = useState(false);
  return (
    <div className="relative">
      <TextField {...props} type={shown ? "text" : "password"} className="[&_input]:pr-20" />
      <button
        type="button"
        onClick={() => setShown((value) => !value)}
        className="absolute top-7 right-1 min-h-8 rounded px-2 text-sm font-semibold text-accent hover:bg-surface"
      >
        {shown ? "Hide" : "Show"}
        <span className="sr-only"> password</span>
      </button>
    </div>
  );
}
