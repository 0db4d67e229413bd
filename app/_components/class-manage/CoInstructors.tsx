import { shareAction, unshareAction } from "@/app/(instructor)/instructor/actions";
import styles from "../dashboard/dashboard.module.css";
import { ActionForm } from "../ui/ActionForm";

/** Who else teaches the class, and sharing it with one more instructor (owner only). */
export function CoInstructors({
  classId,
  shared,
}: {
  classId: string;
  shared: readonly { email: string; name: string | null }[];
}) {
  return (
    <section className={styles.section} aria-labelledby="share-heading">
      <h2 id="share-heading">Co-instructors</h2>
      {shared.length === 0 ? (
        <p>Not shared with anyone.</p>
      ) : (
        <ul>
          {shared.map((s) => (
            <li key={s.email}>
              {s.name ? `${s.name} (${s.email})` : s.email}{" "}
              <ActionForm
                action={unshareAction}
                submitLabel={`Stop sharing with ${s.email}`}
                hidden={{ classId, email: s.email }}
                secondary
                inline
              />
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={shareAction}
        submitLabel="Share class"
        doneText="Shared."
        hidden={{ classId }}
        fields={[
          {
            name: "email",
            label: "Co-instructor's email",
            type: "email",
            hint: "The email of your colleague's instructor account: they need one before you share.",
          },
        ]}
      />
    </section>
  );
}
