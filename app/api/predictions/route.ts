import { requireUser } from "@/lib/auth/current";
import { respondWith } from "@/lib/contracts/http";
import { CommitPredictionInput, predictionContracts } from "@/lib/contracts/predictions";
import { jsonRoute } from "@/lib/http/route";
import { commitPrediction } from "@/lib/services/predictions";

/** Commits a prediction on the training lab (which models will solve it) before it runs. */
export const POST = jsonRoute(CommitPredictionInput, async (input) => {
  const user = await requireUser();
  return respondWith(
    predictionContracts.commit.response,
    { prediction: await commitPrediction(user.id, input) },
    { status: 201 },
  );
});
