import type { Metadata } from "next";
import Link from "next/link";
import { ParamNotice } from "@/app/_components/plot/ParamNotice";
import type { SearchParams } from "@/app/_components/plot/search-params";
import { TrainLab } from "@/app/_components/train/TrainLab";
import { readTrainParams, trainParamsToSearch } from "@/app/_components/train/train-params";
import { getCurrentUser } from "@/lib/auth/current";
import { predictionsOf } from "@/lib/services/predictions";

export const metadata: Metadata = { title: "Train four networks side by side · Simulation lab" };

type Props = { searchParams: Promise<SearchParams> };

/**
 * Trains a tanh RNN, an IRNN, an LSTM and a GRU on the same long-lag task in the browser.
 * Parameters come from the link (validated and clamped); training runs in a worker.
 */
export default async function TrainPage({ searchParams }: Props) {
  const { values, problems } = readTrainParams(await searchParams);
  const user = await getCurrentUser();
  const account = {
    signedIn: user !== null,
    predictions: user ? await predictionsOf(user.id) : [],
  };
  return (
    <main>
      <p>
        <Link href="/lab">All simulations</Link>
      </p>
      <h1>Train four networks side by side</h1>
      <p>
        A tanh RNN, an IRNN (ReLU, identity initialisation), an LSTM and a GRU learn the same task
        from the same seed and the same batches, in your browser. Watch which ones leave the chance
        level, and how much gradient reaches the early steps of each sequence.
      </p>
      <p className="muted">
        Defaults: the adding problem at lag 50, 16 hidden units, Adam with learning rate 0.01,
        batches of 32, seed 1, forget-gate bias 1, at most 2000 iterations. At these settings the
        LSTM usually solves the task within about 700–1600 iterations (well under a minute on a
        laptop), while the tanh RNN stays at chance.
      </p>
      <ParamNotice problems={problems} />
      <TrainLab key={trainParamsToSearch(values)} initialValues={values} account={account} />
    </main>
  );
}
