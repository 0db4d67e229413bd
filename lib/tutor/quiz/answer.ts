/**
 * A chat message as an answer to the pending quiz question: "b", "B)", "the second one",
 * "a and c", "0.73", "7.8 × 10^-3", "c, a, b, d", or free text, into the grader's ResponseInput.
 * What cannot be read is reported, so the tutor can ask again instead of grading a guess.
 */
import type { QuestionInstance, ResponseInput } from "@/lib/learning/grading";
import { plainWords } from "../leak-guard";
import { letteredChoices, ORDINALS, type Lettered } from "../letters";
import { findNumbers } from "../numbers";
import { described } from "./option-words";

export type ParsedAnswer = { ok: true; response: ResponseInput } | { ok: false; problem: string };

const FILLER =
  /\b(i think|i guess|i'd say|i would say|i choose|i pick|i'll go with|go with|my answer is|the answer is|answer|final|it'?s|it is|maybe|probably|options?|choices?|letters?|the|is|are|correct|right|ones?)\b|[:!?]/gi;

/** Letters named in the message, in order, or undefined if it is not a list of letters. */
function letters(message: string, choices: readonly Lettered[]): string[] | undefined {
  const cleaned = message.toLowerCase().replace(FILLER, " ").trim();
  const tokens = cleaned.split(/\s*(?:,|;|&|\+|\/|→|->|>|\band\b|\bthen\b|\s)\s*/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const out: string[] = [];
  for (const token of tokens) {
    const m = /^\(?([a-j])[).]?$/.exec(token);
    if (!m?.[1]) return undefined;
    if (!choices.some((c) => c.letter === m[1])) return undefined;
    out.push(m[1]);
  }
  return out;
}

/** "the second one", "first and third", "the last option". */
function ordinals(message: string, choices: readonly Lettered[]): string[] {
  const lower = message.toLowerCase();
  const found: { at: number; letter: string }[] = [];
  ORDINALS.forEach((forms, i) => {
    for (const form of forms) {
      const at = lower.search(new RegExp(String.raw`\b${form}\b`));
      const choice = choices[i];
      if (at >= 0 && choice) found.push({ at, letter: choice.letter });
    }
  });
  const last = lower.search(/\blast\b/);
  const lastChoice = choices.at(-1);
  if (last >= 0 && lastChoice) found.push({ at: last, letter: lastChoice.letter });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.letter))];
}

/** An option named by its id or quoted by its text (most of its words, clearly better than the rest). */
function byText(message: string, choices: readonly Lettered[]): Lettered | undefined {
  const lower = message.toLowerCase();
  const byId = choices.find((c) => c.id.includes("-") && lower.includes(c.id));
  if (byId) return byId;
  const words = new Set(plainWords(message));
  const scored = choices
    .map((c) => {
      const w = plainWords(c.text);
      return { c, share: w.length === 0 ? 0 : w.filter((x) => words.has(x)).length / w.length };
    })
    .sort((a, b) => b.share - a.share);
  const [first, second] = scored;
  if (first && first.share >= 0.7 && (second === undefined || first.share - second.share >= 0.25))
    return first.c;
  return described(message, choices);
}

function chosenLetters(message: string, choices: readonly Lettered[]): string[] {
  const direct = letters(message, choices);
  if (direct) return direct;
  const lead = /^\s*\(?([a-j])\)?\s*(?:[).,:-]|because\b|since\b)/i
    .exec(message)?.[1]
    ?.toLowerCase();
  if (lead && choices.some((c) => c.letter === lead)) return [lead];
  const ord = ordinals(message, choices);
  if (ord.length > 0) return ord;
  const text = byText(message, choices);
  return text ? [text.letter] : [];
}

export function parseAnswer(message: string, instance: QuestionInstance): ParsedAnswer {
  const choices = letteredChoices(instance);
  const idOf = (letter: string) => choices.find((c) => c.letter === letter)?.id ?? letter;
  // "from A to D": a span like "letter (a–d)" would read as naming option a to the leak guard.
  const span = `from A to ${(choices.at(-1)?.letter ?? "d").toUpperCase()}`;
  switch (instance.type) {
    case "single-choice":
    case "predict-plot": {
      const picked = chosenLetters(message, choices);
      if (picked.length !== 1 || picked[0] === undefined) {
        return { ok: false, problem: `Please answer with one letter, ${span}.` };
      }
      return { ok: true, response: { type: instance.type, optionId: idOf(picked[0]) } };
    }
    case "multiple-select": {
      if (/^\s*(none|none of them)\W*$/i.test(message))
        return { ok: true, response: { type: "multiple-select", optionIds: [] } };
      if (/^\s*(all|all of them)\W*$/i.test(message)) {
        return {
          ok: true,
          response: { type: "multiple-select", optionIds: choices.map((c) => c.id) },
        };
      }
      const picked = chosenLetters(message, choices);
      if (picked.length === 0)
        return {
          ok: false,
          problem: `Please answer with the letters you choose, ${span}, separated by commas.`,
        };
      return {
        ok: true,
        response: { type: "multiple-select", optionIds: [...new Set(picked)].map(idOf) },
      };
    }
    case "numeric": {
      const n = findNumbers(message)[0];
      if (!n)
        return {
          ok: false,
          problem: "Please answer with a number; decimals and e-notation both work.",
        };
      return { ok: true, response: { type: "numeric", value: n.value } };
    }
    case "ordering": {
      const order = letters(message, choices) ?? idsInOrder(message, choices);
      if (order.length !== choices.length || new Set(order).size !== choices.length) {
        return {
          ok: false,
          problem: `Please list all ${choices.length} letters once each, in order, separated by commas.`,
        };
      }
      return { ok: true, response: { type: "ordering", order: order.map(idOf) } };
    }
    case "short-text": {
      const text = message.trim();
      if (plainWords(text).length < 2)
        return { ok: false, problem: "Please answer in a sentence or two." };
      return { ok: true, response: { type: "short-text", text } };
    }
  }
}

function idsInOrder(message: string, choices: readonly Lettered[]): string[] {
  const lower = message.toLowerCase();
  return choices
    .map((c) => ({
      letter: c.letter,
      at: lower.search(new RegExp(String.raw`(?<![\w-])${c.id}(?![\w-])`)),
    }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.letter);
}
