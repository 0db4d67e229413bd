import { requireUser } from "@/lib/auth/current";
import { respondWith } from "@/lib/contracts/http";
import { predictionContracts, RecordOutcomeInput } from "@/lib/contracts/predictions";
import { jsonRoute, route } from "@/lib/http/route";
import { recordPredictionOutcome } from "@/lib/services/predictions";

type Context = { params: Promise<{ predictionId: string }> };

/** Records what the run showed beside the learner's prediction (their own only; else 404). */
export const PATCH = route<Context>(async (request, context) =>
  jsonRoute(RecordOutcomeInput, async ({ outcome }) => {
    const user = await requireUser();
    const { predictionId } = await context.params;
    return respondWith(predictionContracts.outcome.response, {
      prediction: await recordPredictionOutcome(user.id, predictionId, outcome),
    });
  })(request),
);
