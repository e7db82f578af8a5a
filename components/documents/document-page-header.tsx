import Link from "next/link";

/** The top of a document's page: a breadcrumb back to its list, and its title. */
export function DocumentPageHeader({ list, title }: { list: { href: string; label: string }; title: string }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={list.href}>{list.label}</Link> <span aria-hidden>›</span> {title}
      </nav>
      <h1 className="text-3xl font-bold">{title}</h1>
    </>
  );
}
