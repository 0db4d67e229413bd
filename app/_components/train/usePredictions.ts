"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { callApi } from "@/lib/contracts/fetch";
import {
  predictionContracts,
  type PredictionOutcome,
  type TrainPredictionView,
} from "@/lib/contracts/predictions";
import { sameSettings } from "./prediction-text";
import type { TrainParams } from "./train-params";
import type { TrainModelId } from "./train-protocol";

/** A prediction made without a session: kept in this page only (its id says so). */
const PAGE_ONLY = "page-only";

export interface PredictionAccount {
  /** Any session, a guest's too: predictions are stored with the learner's progress. */
  signedIn: boolean;
  predictions: TrainPredictionView[];
}

/**
 * The learner's predictions on this page: the stored ones for a session (committed and
 * completed through the API), or, without one, those made in this page since it opened.
 */
export function usePredictions(values: TrainParams, account: PredictionAccount) {
  const [list, setList] = useState<TrainPredictionView[]>(account.predictions);
  const [error, setError] = useState<string | null>(null);
  /** A commit on its way: a second click (Commit, then Start) must not store it twice. */
  const pending = useRef(false);
  const current = useMemo(
    () => list.find((p) => sameSettings(p.settings, values)) ?? null,
    [list, values],
  );

  const replace = useCallback((next: TrainPredictionView) => {
    setList((old) => [next, ...old.filter((p) => p.id !== next.id)]);
  }, []);

  const commit = useCallback(
    async (predicted: readonly TrainModelId[]): Promise<TrainPredictionView | null> => {
      setError(null);
      const draft = { settings: values, predicted: [...predicted] };
      if (!account.signedIn) {
        const createdAt = new Date().toISOString();
        const local = { id: `${PAGE_ONLY}-${createdAt}`, ...draft, outcome: null, createdAt };
        replace(local);
        return local;
      }
      if (pending.current) return null;
      pending.current = true;
      try {
        const { prediction } = await callApi(predictionContracts.commit, { body: draft });
        replace(prediction);
        return prediction;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return null;
      } finally {
        pending.current = false;
      }
    },
    [account.signedIn, values, replace],
  );

  const record = useCallback(
    async (prediction: TrainPredictionView, outcome: PredictionOutcome) => {
      replace({ ...prediction, outcome });
      if (prediction.id.startsWith(PAGE_ONLY)) return;
      try {
        const stored = await callApi(predictionContracts.outcome, {
          params: { predictionId: prediction.id },
          body: { outcome },
        });
        replace(stored.prediction);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [replace],
  );

  /** "Predict again": forget the shown prediction for these settings (stored ones stay stored). */
  const clear = useCallback(() => {
    setList((old) => old.filter((p) => !sameSettings(p.settings, values)));
  }, [values]);

  return { current, commit, record, clear, error };
}
