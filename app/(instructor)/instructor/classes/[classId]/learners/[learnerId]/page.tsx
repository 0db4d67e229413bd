import type { Metadata } from "next";
import { AttemptList } from "@/app/_components/dashboard/AttemptList";
import { ClassNav } from "@/app/_components/dashboard/ClassNav";
import { Conversations } from "@/app/_components/dashboard/Conversations";
import { formatDateTime, formatPercent } from "@/app/_components/ui/format";
import styles from "@/app/_components/dashboard/dashboard.module.css";
import { Table } from "@/app/_components/ui/Table";
import { dashboardDb, learnerDetail } from "@/lib/services/dashboard";
import { conceptTitle } from "@/lib/content";
import { EXPLORATION_MAX_MOVES, EXPLORATION_SETTLE_MS } from "@/lib/contracts/exploration";
import { LEVEL_INFO, LEVEL_RULE } from "@/lib/learning/levels";
import { pageLearner } from "../../../../guard";

type Props = {
  params: Promise<{ classId: string; learnerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Learner" };

export default async function LearnerPage({ params, searchParams }: Props) {
  const { classId, learnerId } = await params;
  const self = `/instructor/classes/${classId}/learners/${learnerId}`;
  const { cls, learner } = await pageLearner(classId, learnerId, self);
  const replayParam = (await searchParams).replay;
  const replay = typeof replayParam === "string" ? replayParam : null;
  const detail = await learnerDetail(dashboardDb(), learner);
  const name = learner.name ?? learner.email ?? "Learner";
  return (
    <main>
      <h1>
        {name} <span className="muted">in {cls.name}</span>
      </h1>
      <ClassNav classId={cls.id} current={null} />
      <p className="muted">
        {learner.email} · joined {formatDateTime(learner.joinedAt)}
      </p>

      <section className={styles.section} aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery by concept</h2>
        <Table
          label="Mastery by concept"
          caption="Mastery level per concept"
          captionClassName="visually-hidden"
          columns={["Concept", "Level", "P(known)", "First tries (right)"]}
        >
          {detail.conceptLevels.map((c) => (
            <tr key={c.conceptId}>
              <th scope="row">{conceptTitle(c.conceptId)}</th>
              <td>{LEVEL_INFO[c.level].label}</td>
              <td>{formatPercent(c.pKnown)}</td>
              <td>
                {c.firstTries} ({c.right})
              </td>
            </tr>
          ))}
        </Table>
        <p className="muted">
          Per concept, from every first try in the course on questions that practise it.{" "}
          {LEVEL_RULE}
        </p>
      </section>

      <section className={styles.section} aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">Attempts</h2>
        <p className="muted">
          &ldquo;Before answering&rdquo; replays how {name} moved the lesson plot&apos;s sliders
          while the question was open, with the time since it was shown (a move counts once the
          slider has been still for {EXPLORATION_SETTLE_MS / 1000} s; the latest{" "}
          {EXPLORATION_MAX_MOVES} moves of a try are kept). Learners can clear this record.
          &ldquo;Simulation parameters&rdquo; are the numbers drawn for the question, which rebuild
          the plot it asked about (&ldquo;Replay plot&rdquo;, or the same run in the lab).
        </p>
        <AttemptList attempts={detail.attempts} replay={replay} selfHref={self} />
      </section>

      <section className={styles.section} aria-labelledby="tutor-heading">
        <h2 id="tutor-heading">Tutor conversations</h2>
        <p className="muted">
          Messages since {name} joined this class on {formatDateTime(learner.joinedAt)}; earlier
          ones stay private.
        </p>
        <Conversations conversations={detail.conversations} shown={detail.conversationsShown} />
      </section>
    </main>
  );
}
