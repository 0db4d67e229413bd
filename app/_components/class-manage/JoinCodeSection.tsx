import { rotateCodeAction } from "@/app/(instructor)/instructor/actions";
import styles from "../dashboard/dashboard.module.css";
import { formatDateTime } from "../ui/format";
import { RotateCodeForm } from "./RotateCodeForm";

export interface JoinCodeInfo {
  id: string;
  joinCode: string;
  joinCodeExpiresAt: Date | null;
  joinCodeRotatedAt: Date | null;
}

/** The class's code and link, when it expires, and the two-step rotation. */
export function JoinCodeSection({ cls, joinLink }: { cls: JoinCodeInfo; joinLink: string }) {
  const expired = cls.joinCodeExpiresAt !== null && cls.joinCodeExpiresAt <= new Date();
  return (
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
      <RotateCodeForm action={rotateCodeAction} classId={cls.id} currentCode={cls.joinCode} />
    </section>
  );
}
