import Link from "next/link";
import { NEEDS_HELP_RULES, type NeedsHelp } from "@/lib/learning/needs-help";
import styles from "./dashboard.module.css";

export function NeedsHelpList({ classId, list }: { classId: string; list: readonly NeedsHelp[] }) {
  const { lowMastery, manyHints, inactiveDays } = NEEDS_HELP_RULES;
  return (
    <>
      <p className="muted">
        Flagged: mean mastery below {lowMastery.below * 100}% after {lowMastery.minAnswers} or more
        answers; more than {manyHints.perQuestion} hint per question; or no activity for{" "}
        {inactiveDays} days.
      </p>
      {list.length === 0 ? (
        <p>Nobody right now.</p>
      ) : (
        <ul>
          {list.map((h) => (
            <li key={h.learnerId}>
              <Link
                prefetch={false}
                href={`/instructor/classes/${classId}/learners/${h.learnerId}`}
              >
                {h.name}
              </Link>
              <ul className={styles.reasons}>
                {h.reasons.map((r) => (
                  <li key={r.kind}>{r.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
