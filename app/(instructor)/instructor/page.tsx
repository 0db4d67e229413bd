import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current";
import { instructorClasses } from "@/lib/db/classes";

export const metadata: Metadata = { title: "My classes" };

export default async function InstructorHome() {
  const user = await getCurrentUser();
  if (!user || user.isGuest) redirect("/sign-in?next=/instructor");
  if (user.role !== "instructor") {
    return (
      <main>
        <h1>My classes</h1>
        <p role="alert" className="alert">
          This page is for instructors. Your account is a learner account.
        </p>
      </main>
    );
  }
  const classes = await instructorClasses(user.id);
  return (
    <main>
      <h1>My classes</h1>
      {classes.length === 0 ? (
        <p>You have no classes yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Your classes</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Join code</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {classes.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>
                  <code>{c.joinCode}</code>
                </td>
                <td>{c._count.enrollments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
