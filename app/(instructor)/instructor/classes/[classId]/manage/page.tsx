import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/ActionForm";
import { ClassNav } from "@/app/_components/dashboard/ClassNav";
import { formatDateTime } from "@/app/_components/ui/format";
import styles from "@/app/_components/dashboard/dashboard.module.css";
import { TableWrap, tableClass } from "@/app/_components/dashboard/TableWrap";
import { CLASS_NAME_MAX, coInstructors, roster } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import {
  archiveClassAction,
  removeLearnerAction,
  renameClassAction,
  rotateCodeAction,
  shareAction,
  unshareAction,
} from "../../../actions";
import { pageClass } from "../../../guard";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Learners and settings" };

const EXPIRY = [
  { value: "0", label: "Never" },
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "30", label: "In 30 days" },
] as const;

async function origin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function ManagePage({ params }: Props) {
  const { classId } = await params;
  const { cls } = await pageClass(classId, `/instructor/classes/${classId}/manage`);
  const [learners, shared] = await Promise.all([roster(db(), cls.id), coInstructors(db(), cls.id)]);
  const joinLink = `${await origin()}/join/${cls.joinCode}`;
  const expired = cls.joinCodeExpiresAt !== null && cls.joinCodeExpiresAt <= new Date();
  return (
    <main>
      <h1>Learners and settings: {cls.name}</h1>
      <ClassNav classId={cls.id} current="/manage" />

      <section className={styles.section} aria-labelledby="code-heading">
        <h2 id="code-heading">Join code and link</h2>
        <p>
          Code:{" "}
          <span className={styles.code} data-testid="join-code">
            {cls.joinCode}
          </span>
        </p>
        <p>
          Link: <a href={joinLink}>{joinLink}</a>
        </p>
        <p className="muted">
          {cls.joinCodeExpiresAt
            ? `${expired ? "Expired" : "Expires"} ${formatDateTime(cls.joinCodeExpiresAt)}.`
            : "Does not expire."}{" "}
          {cls.joinCodeRotatedAt ? `Last rotated ${formatDateTime(cls.joinCodeRotatedAt)}.` : ""}{" "}
          Rotating makes a new code and link; the old ones stop working at once. Learners already in
          the class stay.
        </p>
        <ActionForm
          action={rotateCodeAction}
          submitLabel="Rotate join code"
          pendingLabel="Rotating…"
          doneText="New code ready."
          hidden={{ classId: cls.id }}
          fields={[{ name: "expiresInDays", label: "New code expires", options: EXPIRY }]}
        />
      </section>

      <section className={styles.section} aria-labelledby="learners-heading">
        <h2 id="learners-heading">Learners ({learners.length})</h2>
        {learners.length === 0 ? (
          <p>Nobody has joined yet.</p>
        ) : (
          <TableWrap label="Learners">
            <table className={tableClass}>
              <caption>Learners in {cls.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Remove</th>
                </tr>
              </thead>
              <tbody>
                {learners.map((l) => (
                  <tr key={l.id}>
                    <th scope="row">
                      <Link href={`/instructor/classes/${cls.id}/learners/${l.id}`}>
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
                        hidden={{ classId: cls.id, learnerId: l.id }}
                        secondary
                        inline
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {cls.isOwner ? (
        <>
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
                      hidden={{ classId: cls.id, email: s.email }}
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
              hidden={{ classId: cls.id }}
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
      ) : (
        <p className="muted">
          This class was shared with you; its owner renames, archives and shares it.
        </p>
      )}
    </main>
  );
}
