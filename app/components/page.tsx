import type { ReactNode } from "react";

/** A page's title row: heading, optional subtitle and breadcrumb, actions on the right (below on phones). */
export function PageHeader({
  title,
  subtitle,
  breadcrumb,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        {breadcrumb ? <div className="mb-1 text-sm text-slate-600">{breadcrumb}</div> : null}
        <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{title}</h1>
        {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

/**
 * A white panel with an optional heading (an `<h2>` naming the section when `headingId` is given). `frame`
 * replaces the panel's border, background and padding (e.g. a highlighted card), `titleClassName` the
 * heading's style and `headerClassName` the space under it; `testId` marks it for the browser suite.
 */
export function Card({
  title,
  description,
  children,
  className = "",
  headingId,
  testId,
  frame = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6",
  titleClassName = "text-lg font-semibold text-slate-900",
  headerClassName = "mb-4",
}: {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  headingId?: string;
  testId?: string;
  frame?: string;
  titleClassName?: string;
  headerClassName?: string;
}) {
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={`${frame} ${className}`.trim()}
      data-testid={testId}
    >
      {title ? (
        <header className={headerClassName}>
          <h2 id={headingId} className={titleClassName}>
            {title}
          </h2>
          {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
        </header>
      ) : null}
      {children}
    </section>
  );
}

/** What a list shows when it is empty: a title, a sentence, an optional action. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <p className="text-base font-semibold text-slate-900">{title}</p>
      {children ? <div className="mx-auto mt-2 max-w-md text-sm text-slate-600">{children}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
