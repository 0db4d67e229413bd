import Link from "next/link";
import styles from "./dashboard.module.css";

const TABS = [
  { href: "", label: "Overview" },
  { href: "/items", label: "Item analysis" },
  { href: "/manage", label: "Learners and settings" },
] as const;

/**
 * Tabs of a class's pages; the current one is marked for assistive technology. Not prefetched
 * (as the site header's links): each prefetch is a request and main-thread work while the page
 * is still loading, for pages that are opened one at a time.
 */
export function ClassNav({
  classId,
  current,
}: {
  classId: string;
  current: "" | "/items" | "/manage" | null;
}) {
  const base = `/instructor/classes/${encodeURIComponent(classId)}`;
  return (
    <nav aria-label="Class pages">
      <ul className={styles.nav}>
        <li>
          <Link prefetch={false} href="/instructor">
            All classes
          </Link>
        </li>
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              prefetch={false}
              href={`${base}${tab.href}`}
              aria-current={current === tab.href ? "page" : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Download links for the exports (plain links: the route sends Content-Disposition). */
export function ExportLinks({ classId }: { classId: string }) {
  const base = `/api/instructor/classes/${encodeURIComponent(classId)}/export`;
  return (
    <ul className={styles.nav} aria-label="Exports">
      <li>
        <a href={`${base}/progress.csv`} download>
          Learner progress (CSV)
        </a>
      </li>
      <li>
        <a href={`${base}/progress.json`} download>
          Learner progress (JSON)
        </a>
      </li>
      <li>
        <a href={`${base}/items.csv`} download>
          Item statistics (CSV)
        </a>
      </li>
      <li>
        <a href={`${base}/items.json`} download>
          Item statistics (JSON)
        </a>
      </li>
    </ul>
  );
}
