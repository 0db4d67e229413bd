import { archiveClassAction, renameClassAction } from "@/app/(instructor)/instructor/actions";
import { CLASS_NAME_MAX } from "@/lib/contracts/classes";
import styles from "../dashboard/dashboard.module.css";
import { ActionForm } from "../ui/ActionForm";

/** Rename, and archive or restore: what only the class's owner may do. */
export function OwnerSettings({
  cls,
}: {
  cls: { id: string; name: string; archivedAt: Date | null };
}) {
  return (
    <>
      <section className={styles.section} aria-labelledby="rename-heading">
        <h2 id="rename-heading">Rename</h2>
        <ActionForm
          action={renameClassAction}
          submitLabel="Rename class"
          doneText="Renamed."
          hidden={{ classId: cls.id }}
          fields={[
            {
              name: "name",
              label: "Class name",
              defaultValue: cls.name,
              hint: `Up to ${CLASS_NAME_MAX} characters.`,
            },
          ]}
        />
      </section>
      <section className={styles.section} aria-labelledby="archive-heading">
        <h2 id="archive-heading">{cls.archivedAt ? "Restore" : "Archive"}</h2>
        <p className="muted">
          {cls.archivedAt
            ? "Archived classes keep their data but take no new learners."
            : "Archiving keeps everything but stops new learners joining. You can restore it later."}
        </p>
        <ActionForm
          action={archiveClassAction}
          submitLabel={cls.archivedAt ? "Restore class" : "Archive class"}
          hidden={{ classId: cls.id, archived: cls.archivedAt ? "false" : "true" }}
          secondary
        />
      </section>
    </>
  );
}
