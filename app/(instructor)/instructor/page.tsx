import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/ui/ActionForm";
import { numClass, Table } from "@/app/_components/ui/Table";
import { instructorClasses } from "@/lib/db/classes";
import { CLASS_NAME_MAX } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { createClassAction } from "./actions";
import { pageInstructor } from "./guard";

export const metadata: Metadata = { title: "My classes" };

type Row = Awaited<ReturnType<typeof instructorClasses>>[number];

function ClassTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <Table
      label={caption}
      caption={caption}
      columns={["Class", "Join code", { label: "Learners", numeric: true }, "Your role"]}
    >
      {rows.map((c) => (
        <tr key={c.id}>
          <td>
            <Link href={`/instructor/classes/${c.id}`}>{c.name}</Link>
          </td>
          <td>
            <code>{c.joinCode}</code>
          </td>
          <td className={numClass}>{c.learnerCount}</td>
          <td>{c.isOwner ? "Owner" : `Co-instructor (shared by ${c.ownerName})`}</td>
        </tr>
      ))}
    </Table>
  );
}

export default async function InstructorHome() {
  const user = await pageInstructor("/instructor");
  const classes = await instructorClasses(db(), user);
  const active = classes.filter((c) => c.archivedAt === null);
  const archived = classes.filter((c) => c.archivedAt !== null);
  return (
    <main>
      <h1>My classes</h1>
      {active.length === 0 ? (
        <p>You have no active classes yet. Create one below and share its join code.</p>
      ) : (
        <ClassTable caption="Active classes" rows={active} />
      )}
      {archived.length > 0 && <ClassTable caption="Archived classes" rows={archived} />}
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">Create a class</h2>
        <ActionForm
          action={createClassAction}
          submitLabel="Create class"
          pendingLabel="Creating…"
          fields={[
            { name: "name", label: "Class name", hint: `Up to ${CLASS_NAME_MAX} characters.` },
          ]}
        />
      </section>
    </main>
  );
}
