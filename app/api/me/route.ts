import { requireUser } from "@/lib/auth/current";
import { authContracts } from "@/lib/contracts/auth";
import { respondWith } from "@/lib/contracts/http";
import { route } from "@/lib/http/route";

export const GET = route(async () =>
  respondWith(authContracts.me.response, { user: await requireUser() }),
);
