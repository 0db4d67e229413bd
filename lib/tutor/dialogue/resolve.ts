/** Resolves a follow-up ("why?", "show me", "and with 0?", "what about the GRU?") against the thread. */
import { calculate } from "../answer/calc";
import { confirmedBy } from "../answer/confirmations";
import { definitionAsked, glossaryEntry } from "../answer/glossary";
import { detectMisconceptions } from "../answer/misconceptions";
import { explain } from "./actions";
import { claimOnThread } from "./thread-claim";
import { calcDecision } from "./calc-thread";
import { exampleFor } from "./example";
import { reasonFirst, reasonOfDefinition } from "./defined-reason";
import { whichMember } from "./members";
import { stopGrowth } from "./stop-growth";
import { gistOf, lastReplyDefined, plainerPassage } from "./plainer";
import { terms } from "../retrieval/text";
import { STRONG } from "../retrieval/vocabulary";
import { courseTerms } from "./state";
import { plainAfterRun, runExplained, whyAfterRun } from "./lost";
import { originOf } from "./origin";
import { otherRun } from "./other-run";
import { rerunWith, runAbout, showRun } from "./rerun";
import { askedAbout, earlierQuestions } from "./what-about";
import { likensTwo } from "./question-form";
import {
  ADVICE,
  hypothetical,
  OBJECT_PRONOUN,
  BARE_REMEDY,
  REMEDY,
  resolvePronoun,
  subjectOf,
  type FollowUp,
} from "./followup";
import { testedBy, type Decision, type Turn } from "./turn";
import { answerOfLastReply, becauseFirst, whyOfYesNo } from "./yes-no";

/** The follow-up answered; a terse one that names no subject of its own leaves the thread's lesson. */
export function followUp(turn: Turn, f: FollowUp, message: string): Decision | undefined {
  const decision = resolveFollowUp(turn, f, message);
  if (!decision || !TERSE_KINDS.has(f.kind) || decision.facts?.asked) return decision;
  if (courseTerms(message).some((t) => STRONG.has(t))) return decision;
  return { ...decision, facts: { ...decision.facts, followed: true } };
}
const TERSE_KINDS = new Set<FollowUp["kind"]>(["why", "example", "simpler", "reference"]);

function resolveFollowUp(turn: Turn, f: FollowUp, message: string): Decision | undefined {
  const { state } = turn;
  if (f.kind === "number" || f.kind === "scale" || f.kind === "sign")
    return rerunWith(turn, f, message);
  // "the other one" after a run flips it; otherwise it points at the thread like any "that".
  if (f.kind === "other")
    return otherRun(turn, message) ?? followUp(turn, { kind: "reference" }, message);
  const run =
    f.kind === "show" ? showRun(turn) : f.kind === "what-about" ? runAbout(turn, f) : undefined;
  if (run) return run;
  if (state.terms.length === 0 && !state.topic) return undefined;
  const topic = state.topic ?? turn.lessonOpt.lessonId;
  const common = { followUp: true, extraTerms: state.terms, ...(topic ? { lessonId: topic } : {}) };
  switch (f.kind) {
    case "why": {
      // Right after a run, "why?" is about its curve: what sets the per-step factor there.
      const curve = whyAfterRun(turn);
      if (curve) return runExplained(turn, curve, message);
      // "Why though?" after "Yes: … can still explode through the hidden state …" asks for the
      // reason behind that answer: its words join the search.
      const answered = answerOfLastReply(turn);
      const ofQuestion = answered ? undefined : whyOfYesNo(message, state.asked);
      const why = explain(turn, answered ? `why ${answered}` : (ofQuestion ?? message), {
        ...common,
        ...(answered || ofQuestion ? { extraTerms: [] } : {}),
        kind: "why",
        prefer: "reason",
      });
      if (answered) return becauseFirst(why, answered);
      // After a definition, "why?" asks why the thing is as defined: the definition's reason.
      const defined = ofQuestion ? undefined : reasonOfDefinition(turn);
      return defined ? reasonFirst(why, defined) : why;
    }
    case "example": {
      // Numbers with their working: the course's calculation for the thread's subject.
      const thread = earlierQuestions(turn).slice(0, 3).join(" ");
      const example = exampleFor(`${thread} ${state.terms.join(" ")}`);
      if (example) return calcDecision(example, example.asked);
      return explain(turn, message, { ...common, kind: "how", prefer: "example" });
    }
    case "simpler": {
      // Right after a run, "huh?" is about the run: the same run, said plainly.
      const plain = plainAfterRun(turn);
      if (plain) return plain;
      // The glossary's wording, unless it was already shown or belongs to another lesson.
      // The last question's own subject first: "simpler" is about the latest turn, not the first.
      const found =
        (state.asked ? glossaryEntry(state.asked) : undefined) ??
        glossaryEntry(state.terms.join(" "));
      // Not the same definition again right after it was given; once another answer came
      // between ("what is X?", "why does it help?", "huh?"), the definition is the plainer word.
      const shown = state.asked
        ? definitionAsked(state.asked)?.term === found?.term && lastReplyDefined(turn, found?.term)
        : false;
      // A definition of something the thread only mentioned (the Jacobian, asked about the
      // Pascanu bound) is not a plainer version of what it asked.
      const subject = state.asked ? subjectOf(state.asked) : undefined;
      const aboutIt =
        !subject ||
        (found !== undefined && subject.toLowerCase().includes(found.term.toLowerCase()));
      // The definition was the last answer, with more after it: its gist alone is the plainer word.
      // ("explain bptt" was answered by "Backpropagation through time (BPTT)": the same subject.)
      const named = found && subject && found.term.toLowerCase().includes(subject.toLowerCase());
      if (found && shown && (aboutIt || named)) return gistOf(found);
      const entry =
        found && aboutIt && (!topic || found.lessonId === topic) && !shown ? found : undefined;
      // "in one sentence?" after an answer that was no definition wants that answer, shorter
      // ("simpler" may want other words for it).
      const own = BRIEF.test(message) ? plainerPassage(turn) : undefined;
      if (own && keepsSubject(own, state.asked)) return own;
      const simpler = explain(turn, message, {
        ...common,
        kind: "definition",
        prefer: "simple",
        ...(entry ? { definition: entry } : {}),
      });
      // A plainer passage that no longer names what the last question asked about has moved
      // on: the last answer's own passage, said plainly, stays on it.
      // It is taken only when it names them itself: a plain sentence of that passage on
      // another point ("the additive path is one path among many") is no better.
      const plainer =
        entry || keepsSubject(simpler, state.asked) ? undefined : plainerPassage(turn);
      return plainer && keepsSubject(plainer, state.asked)
        ? plainer
        : namingSubject(simpler, subject);
    }
    case "what-about":
      return askedAbout(turn, f, common);
    case "origin":
      return originOf(turn, f.subject, message, common);
    default: {
      // "what would make it stop?" after a run that grows: what stops the growth, in its numbers.
      const stop = stopGrowth(turn, message);
      if (stop) return stop;
      // "so do I still need clipping?" on the thread: answered "Yes: …" like a fresh question.
      const confirms = confirmedBy(message);
      if (confirms && testedBy(turn.guards, confirms)) return undefined;
      // "is it like the forget gate?": "it" is what the thread asked about.
      // "fix?" asks how to fix what the thread is about.
      const resolved = resolvePronoun(
        BARE_REMEDY.test(message) ? "how do I fix it?" : message,
        state.asked,
      );
      // "does it help with vanishing too?" about clipping says "clipping fixes vanishing" once
      // "it" is read: a catalogued misconception, corrected like one stated outright.
      const stated =
        resolved !== message && !confirms && !hypothetical(resolved)
          ? detectMisconceptions(resolved)[0]
          : confirms
            ? undefined
            : claimOnThread(message, state);
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
      // "how long should the window be?": the passage's advice on that size, which the definition
      // just quoted may hold without having said it.
      const sizing = ADVICE.test(message);
      const choosing =
        CHOOSES.test(message) || REMEDY.test(message) || BARE_REMEDY.test(message)
          ? { kind: "how" as const, prefer: "remedy" as const }
          : sizing
            ? { kind: "how" as const, prefer: "advice" as const, avoid: new Set<string>() }
            : {};
      // "is it like the forget gate?", once "it" is read, sets two things side by side.
      const likens =
        !stated && !confirms && likensTwo(resolved) ? { kind: "compare" as const } : {};
      // "how do I fix it?" read as "how do I fix the vanishing gradient problem?" is a question of
      // its own: its subject picks the lesson, not the thread's.
      // So is "which one matters most?" read as "which of the lstm gates matters most?".
      const member = resolved !== message && whichMember(message, state.asked) === resolved;
      const standalone = member || (resolved !== message && OBJECT_PRONOUN.test(message));
      return explain(turn, resolved, {
        ...(standalone ? { followUp: true } : common),
        // Which member it is may be said in the passage that listed them: it may be quoted again.
        ...(member ? { avoid: new Set<string>() } : {}),
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

const MEANING =
  /\bwhat does (?:that|this|it) (?:mean|tell (?:me|us))\b|\bso what\b|\bwhat(?:'s| is) the (?:takeaway|point)\b|\bis (?:that|this) (?:a lot|good|bad|big|small|much|enough)\b|\bwhy does (?:that|this) matter\b/i;

/** A calculation's result sentence, its "**0.00248**" emphasis kept. */
function resultOf(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

/** Asks for the same answer, shorter. */
const BRIEF =
  /\b(?:one sentence|tl;?dr|too long|in short|short version|sum(?:marise|marize)|sum (?:it|that) up|summary|in a nutshell|briefly)\b/i;

const CHOOSES =
  /\b(?:which|what) (?:one |value |values |setting |threshold )?(?:should|do|would) (?:i|we|you|people|folks|others|practitioners|most people) (?:actually |usually |typically |normally |really )?(?:use|pick|choose|go with|set)\b|\bhow (?:do|should|would) (?:i|we|you) (?:pick|choose|set)\b|\bwhat(?:'s| is) (?:a )?(?:typical|common|usual|good|sensible) (?:value|choice|setting|threshold)\b/i;

/** The reply names every strong course word of the question ("forget" and "gate", not only "gates"). */
function keepsSubject(decision: Decision, asked: string | undefined): boolean {
  // "what is a gradient cliff?": the subject's head noun counts even when the course has no
  // strong term for it ("cliff").
  const head = asked ? terms(subjectOf(asked)?.replace(/\([^)]*\)/g, " ") ?? "").at(-1) : undefined;
  const named = asked
    ? [...courseTerms(asked).filter((t) => STRONG.has(t)), ...(head ? [head] : [])]
    : [];
  if (named.length === 0 || decision.reply.intent !== "explain") return true;
  const said = new Set(terms(decision.reply.reply));
  return named.every((t) => said.has(t));
}

/**
 * A plainer answer says what it is about in words: a passage written in symbols (σ(b_f)) does
 * not tell a lost learner it is the forget-gate bias being explained.
 */
function namingSubject(decision: Decision, subject: string | undefined): Decision {
  const head = subject?.toLowerCase().split(/[\s-]+/)[0];
  const text = decision.reply.reply;
  if (!subject || !head || decision.reply.intent !== "explain" || text.toLowerCase().includes(head))
    return decision;
  return {
    ...decision,
    reply: { ...decision.reply, reply: `On the ${subject}: ${text}` },
  };
}
