import { requireInstructor } from "@/lib/auth/current";
import { instructorClass } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { buildExport, dashboardDb, EXPORTS, type ExportName } from "@/lib/services/dashboard";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

type Context = { params: Promise<{ classId: string; file: string }> };

const isExport = (name: string): name is ExportName =>
  (EXPORTS as readonly string[]).includes(name);

/** progress.csv, progress.json, items.csv, items.json: downloads named after the class. */
export const GET = route<Context>(async (_request, context) => {
  const user = await requireInstructor();
  const { classId, file } = await context.params;
  const cls = await instructorClass(db(), user, classId);
  if (!isExport(file)) {
    throw new AppError(404, `No export ${file}; choose one of ${EXPORTS.join(", ")}.`, {
      file: "unknown export",
    });
  }
  const { body, type } = await buildExport(dashboardDb(), cls.id, file);
  const slug =
    cls.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "class";
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${slug}-${file}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
