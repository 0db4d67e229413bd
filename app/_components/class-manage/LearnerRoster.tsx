import Link from "next/link";
import { removeLearnerAction } from "@/app/(instructor)/instructor/actions";
import styles from "../dashboard/dashboard.module.css";
import { ActionForm } from "../ui/ActionForm";
import { formatDateTime } from "../ui/format";
import { Table } from "../ui/Table";

export interface RosterEntry {
  id: string;
  name: string | null;
  email: string | null;
  joinedAt: Date;
}

/** Who is in the class, each with a link to their drill-down and a remove button. */
export function LearnerRoster({
  classId,
  className,
  learners,
}: {
  classId: string;
  className: string;
  learners: readonly RosterEntry[];
}) {
  return (
    <section className={styles.section} aria-labelledby="learners-heading">
      <h2 id="learners-heading">Learners ({learners.length})</h2>
      {learners.length === 0 ? (
        <p>Nobody has joined yet.</p>
      ) : (
        <Table
          label="Learners"
          caption={`Learners in ${className}`}
          columns={["Name", "Email", "Joined", "Remove"]}
        >
          {learners.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                <Link href={`/instructor/classes/${classId}/learners/${l.id}`}>
                  {l.name ?? l.email ?? l.id}
                </Link>
              </th>
              <td>{l.email}</td>
              <td>{formatDateTime(l.joinedAt)}</td>
              <td>
                <ActionForm
                  action={removeLearnerAction}
                  submitLabel={`Remove ${l.name ?? "learner"}`}
                  pendingLabel="Removing…"
                  hidden={{ classId, learnerId: l.id }}
                  secondary
                  inline
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
