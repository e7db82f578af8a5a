export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-16 border-t border-border">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        Tradeoff is open source and self-hostable. Practise the system-design interview: scope, estimate, design,
        defend.
      </div>
    </footer>
  );
}
