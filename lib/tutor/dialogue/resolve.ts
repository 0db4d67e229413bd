/** Resolves a follow-up ("why?", "show me", "and with 0?", "what about the GRU?") against the thread. */
import { getLesson } from "@/lib/content";
import { getScenario } from "@/lib/sim";
import { calculate } from "../answer/calc";
import { confirmedBy } from "../answer/confirmations";
import { definitionAsked, glossaryEntry } from "../answer/glossary";
import { detectMisconceptions } from "../answer/misconceptions";
import { correct, passages, queryTerms, vocabulary } from "../retrieval";
import { terms } from "../retrieval/text";
import { STRONG } from "../retrieval/vocabulary";
import { findMentions } from "../simulate/mentions";
import { ABOUT_PLOT, plotReply } from "../simulate/plot";
import { chooseScenario } from "../simulate/reply";
import { explain, simulate } from "./actions";
import { calcDecision, calcFollowUp } from "./calc-thread";
import { exampleFor } from "./example";
import { likensTwo } from "./question-form";
import { hypothetical, OBJECT_PRONOUN, resolvePronoun, subjectOf, type FollowUp } from "./followup";
import { courseTerms } from "./state";
import { counterpartOf, homeLesson, sameQuestionAbout } from "./subject";
import { testedBy, type Decision, type Turn } from "./turn";

export function followUp(turn: Turn, f: FollowUp, message: string): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  if (f.kind === "number" && sim) {
    const key = mainDial(sim.changed);
    return simulate(turn, {
      message,
      scenarioId: sim.scenarioId,
      params: sim.params,
      paramsScenarioId: sim.scenarioId,
      ...(key ? { fallbackKey: key } : {}),
    });
  }
  if (f.kind === "scale") return scaled(turn, f.factor);
  if (f.kind === "number") {
    // "What does the forget bias do?" then "and with 0?": run the dial the question named.
    const def = state.asked
      ? chooseScenario({ message: state.asked, ...(state.topic ? { lessonId: state.topic } : {}) })
      : undefined;
    const key =
      def && state.asked
        ? findMentions(state.asked, def.params).find(
            (m) => m.value === undefined && m.key !== "seed",
          )?.key
        : undefined;
    if (def && key) return simulate(turn, { message, scenarioId: def.id, fallbackKey: key });
    // Otherwise a plain "what if" (the plot on screen, or the lesson's).
    return undefined;
  }
  if (f.kind === "show") {
    if (sim)
      return simulate(turn, {
        message: "",
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
      });
    const scenarioId = state.topic ? getLesson(state.topic)?.scenarioId : undefined;
    if (scenarioId) return simulate(turn, { message: "", scenarioId });
  }
  if (f.kind === "what-about") {
    // "what does the gru curve show?", then "and the lstm?": the same run, read again.
    const plotAsked = state.asked && ABOUT_PLOT.test(state.asked) ? state.asked : undefined;
    const same = plotAsked ? sameQuestionAbout(plotAsked, f.subject) : undefined;
    if (sim && same)
      return {
        reply: plotReply({ scenarioId: sim.scenarioId, params: sim.params }, turn.request.lessonId),
        facts: { asked: same },
      };
    const recalc = calcFollowUp(state.asked, f.subject);
    if (recalc) return recalc;
    // "and with sigmoid?" after a run: the same run with that choice.
    const params = getScenario(sim?.scenarioId ?? "")?.params;
    if (sim && params && findMentions(f.subject, params).some((m) => m.value !== undefined))
      return simulate(turn, {
        message: f.subject,
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
      });
  }
  if (state.terms.length === 0 && !state.topic) return undefined;
  const topic = state.topic ?? turn.lessonOpt.lessonId;
  const common = { followUp: true, extraTerms: state.terms, ...(topic ? { lessonId: topic } : {}) };
  switch (f.kind) {
    case "why":
      return explain(turn, message, { ...common, kind: "why", prefer: "reason" });
    case "example": {
      // Numbers with their working: the course's calculation for the thread's subject.
      const thread = earlierQuestions(turn).slice(0, 3).join(" ");
      const example = exampleFor(`${thread} ${state.terms.join(" ")}`);
      if (example) return calcDecision(example, example.asked);
      return explain(turn, message, { ...common, kind: "how", prefer: "example" });
    }
    case "simpler": {
      // The glossary's wording, unless it was already shown or belongs to another lesson.
      const found = glossaryEntry(state.terms.join(" "));
      // Not the same definition again when the thread opened with it.
      const shown = state.asked ? definitionAsked(state.asked)?.term === found?.term : false;
      // A definition of something the thread only mentioned (the Jacobian, asked about the
      // Pascanu bound) is not a plainer version of what it asked.
      const subject = state.asked ? subjectOf(state.asked) : undefined;
      const aboutIt =
        !subject ||
        (found !== undefined && subject.toLowerCase().includes(found.term.toLowerCase()));
      const entry =
        found && aboutIt && (!topic || found.lessonId === topic) && !shown ? found : undefined;
      return explain(turn, message, {
        ...common,
        kind: "definition",
        prefer: "simple",
        ...(entry ? { definition: entry } : {}),
      });
    }
    case "what-about": {
      // "what about the GRU?" after "why does the LSTM fix vanishing?": the same question about it.
      const same = earlierQuestions(turn)
        .map((q) => sameQuestionAbout(q, f.subject))
        .find((q) => q !== undefined);
      // The subject's own lesson ("The GRU: …" for the GRU) is favoured.
      const home = same ? homeLesson(f.subject) : undefined;
      // Asked again, it is answered as if asked outright: "explain vanishing gradients" opens
      // with the definition, as it would on its own.
      const definition = same ? definitionAsked(same) : undefined;
      // The thread's mechanism in the other model ("the forget gate" → "the update gate").
      const part = same
        ? counterpartOf(state.asked ?? "", quotedText(state), f.subject)
        : undefined;
      if (same)
        return explain(turn, same, {
          ...(part ? { extraTerms: queryTerms(part) } : {}),
          ...(home ? { lessonId: home } : {}),
          ...(definition ? { definition } : {}),
          avoid: quotedNotAbout(state.quoted, f.subject),
        });
      // "and in the 1997 version?", "and for an lstm cell?": nothing to swap, so the thread's
      // question is asked again under that condition.
      if (f.via && state.asked) {
        const qualified = `${state.asked.replace(/[\s?.!]+$/, "")} ${f.via} ${f.subject}?`;
        const own = homeLesson(f.subject);
        return explain(turn, qualified, {
          ...(own ? { lessonId: own } : {}),
          avoid: quotedNotAbout(state.quoted, f.subject),
        });
      }
      // "what about pancakes?" names something the course never mentions: it is judged alone.
      if (foreign(f.subject)) return explain(turn, `${f.subject}?`, {});
      // "what about exploding?" is a new subject in the same frame: the subject leads.
      const own = courseTerms(f.subject).length > 0;
      return explain(turn, `${f.subject}?`, {
        followUp: true,
        // A subject of its own keeps only the thread's strong terms (its model, its fix).
        // "what about exploding?" after vanishing drops the thread's own regime.
        extraTerms: own
          ? state.terms
              .filter((t) => STRONG.has(t) && !(REGIME.test(f.subject) && REGIME.test(t)))
              .slice(0, 3)
          : state.terms,
        ...(own ? {} : topic ? { lessonId: topic } : {}),
      });
    }
    default: {
      // "so do I still need clipping?" on the thread: answered "Yes: …" like a fresh question.
      const confirms = confirmedBy(message);
      if (confirms && testedBy(turn.guards, confirms)) return undefined;
      // "is it like the forget gate?": "it" is what the thread asked about.
      const resolved = resolvePronoun(message, state.asked);
      // "does it help with vanishing too?" about clipping says "clipping fixes vanishing" once
      // "it" is read: a catalogued misconception, corrected like one stated outright.
      const stated =
        resolved !== message && !confirms && !hypothetical(resolved)
          ? detectMisconceptions(resolved)[0]
          : undefined;
      // "what does that mean for an lstm?" after a calculation: its result first, then the course.
      const prior = MEANING.test(message) && state.asked ? calculate(state.asked) : undefined;
      if (prior) {
        const explained = explain(turn, `${message} ${state.asked ?? ""}`, common);
        if (explained.reply.intent === "explain")
          return {
            ...explained,
            reply: {
              ...explained.reply,
              reply: `${resultOf(prior.text)}\n\n${explained.reply.reply}`,
            },
          };
      }
      // "ok which should I use?": the passage that recommends, not the one that defines.
      const choosing = CHOOSES.test(message)
        ? { kind: "how" as const, prefer: "remedy" as const }
        : {};
      // "is it like the forget gate?", once "it" is read, sets two things side by side.
      const likens =
        !stated && !confirms && likensTwo(resolved) ? { kind: "compare" as const } : {};
      // "how do I fix it?" read as "how do I fix the vanishing gradient problem?" is a question of
      // its own: its subject picks the lesson, not the thread's.
      const standalone = resolved !== message && OBJECT_PRONOUN.test(message);
      return explain(turn, resolved, {
        ...(standalone ? { followUp: true } : common),
        ...choosing,
        ...likens,
        ...(confirms ? { confirms } : {}),
        ...(stated ? { misconception: stated } : {}),
      });
    }
  }
}

// Kept importable from here, where the follow-up paths first used it.
export { hypothetical };

const REGIME = /vanish|explod/i;

/** The passages the thread's last reply quoted. */
function quotedText(state: Turn["state"]): string {
  return state.quoted
    .slice(-2)
    .map((id) => passages.find((p) => p.id === id)?.text ?? "")
    .join(" ");
}

const MEANING =
  /\bwhat does (?:that|this|it) (?:mean|tell (?:me|us))\b|\bso what\b|\bwhat(?:'s| is) the (?:takeaway|point)\b|\bis (?:that|this) (?:a lot|good|bad|big|small|much|enough)\b|\bwhy does (?:that|this) matter\b/i;

/** A calculation's result sentence, its "**0.00248**" emphasis kept. */
function resultOf(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

/**
 * The quoted passages a follow-up about `subject` should still avoid: one that already spoke of
 * the subject ("γ = 1/4 for the sigmoid", asked "and for sigmoid?") is the answer, not a repeat.
 */
function quotedNotAbout(quoted: readonly string[], subject: string): Set<string> {
  const named = courseTerms(subject);
  // Without a strong term ("and in keras?") the subject's own course words decide.
  const strong = named.filter((t) => STRONG.has(t));
  const own = strong.length > 0 ? strong : named.length > 0 ? named : terms(subject);
  if (own.length === 0) return new Set(quoted);
  return new Set(
    quoted.filter((id) => {
      const text = passages.find((p) => p.id === id)?.text;
      if (!text) return true;
      // A passage's own words need no spelling correction.
      const words = new Set(terms(text));
      return !own.every((t) => words.has(t));
    }),
  );
}
const CHOOSES =
  /\b(?:which|what) (?:one |value |values |setting |threshold )?(?:should|do|would) (?:i|we|you|people|folks|others|practitioners|most people) (?:actually |usually |typically |normally |really )?(?:use|pick|choose|go with|set)\b|\bhow (?:do|should|would) (?:i|we|you) (?:pick|choose|set)\b|\bwhat(?:'s| is) (?:a )?(?:typical|common|usual|good|sensible) (?:value|choice|setting|threshold)\b/i;

/** The thread's questions, latest first: the state's, then the learner's earlier messages. */
function earlierQuestions(turn: Turn): string[] {
  const users = (turn.request.history ?? []).filter((t) => t.role === "user").map((t) => t.content);
  return [...(turn.state.asked ? [turn.state.asked] : []), ...users.reverse().slice(0, 6)];
}

const LENGTH_DIALS = /^(steps|depth|hiddenSize|seed)$/;

/** The dial a bare follow-up number is for: the last one changed that is not a length or size. */
function mainDial(changed: readonly string[]): string | undefined {
  return [...changed].reverse().find((k) => !LENGTH_DIALS.test(k)) ?? changed.at(-1);
}

/**
 * "double it" after a run: the run's main dial times the factor; after a calculation, its main
 * input times the factor.
 */
function scaled(turn: Turn, factor: number): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  const params = getScenario(sim?.scenarioId ?? "")?.params;
  if (sim && params) {
    const key =
      mainDial(sim.changed) ??
      Object.keys(params).find((k) => params[k]?.kind === "number" && !LENGTH_DIALS.test(k));
    const current = key ? sim.params[key] : undefined;
    if (key && typeof current === "number")
      return simulate(turn, {
        message: String(Number((current * factor).toPrecision(6))),
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
        fallbackKey: key,
      });
  }
  const span = state.asked ? calculate(state.asked)?.vary : undefined;
  if (!state.asked || !span) return undefined;
  const value = Number(state.asked.slice(span[0], span[1]).replace("−", "-"));
  if (!Number.isFinite(value)) return undefined;
  const next = String(Number((value * factor).toPrecision(6)));
  const asked = `${state.asked.slice(0, span[0])}${next}${state.asked.slice(span[1])}`;
  const calc = calculate(asked);
  return calc ? calcDecision(calc, asked) : undefined;
}

/** A subject with a word the course never uses (after spelling correction). */
function foreign(subject: string): boolean {
  return terms(subject)
    .map(correct)
    .some((t) => !vocabulary.has(t) && !/\d/.test(t));
}
