"use client";

import { usePathname } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { cn } from "@/lib/cn";
import { isCurrent, type NavItem } from "@/lib/navigation";

/** A list of header links, the one for the section the reader is in marked as current. */
export function NavLinks({ items, className }: { items: readonly NavItem[]; className?: string }) {
  const pathname = usePathname() ?? "";
  return (
    <ul className={className}>
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cn(buttonClasses("ghost", "w-full justify-start"), current && "bg-surface")}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
