/**
 * A message whose only course words are everyday words the course borrows (gate, forget,
 * gradient, cell, clip, residual...) and that names another field anywhere ("an AND gate into an
 * OR gate on a breadboard, my electronics lab", "the gradient of a hill from contour lines")
 * uses them in that field's sense, even when the field's word is too far away to bind to one
 * word. A course-only term (LSTM, BPTT, Jacobian) or two different course words ("vanishing
 * gradient", "forget gate") keep the message in the course's sense.
 */
import { heldInCourseSense, SENSES } from "./other-sense";
import { terms } from "./text";
import { STRONG } from "./vocabulary";

/** Course words that are also everyday words; "lstm" is the course's own, whatever else is near. */
const BORROWED = new Set(SENSES.flatMap(([course]) => terms(course)).filter((t) => t !== "lstm"));

/**
 * Words that name another field outright. Not every sense word of a row: "fill the forget
 * bias", "windows of k steps", "the clip value to set" are course questions, so words like those
 * bind only to a neighbouring word (other-sense.ts), never to the whole message.
 */
const FOREIGN = new Set(
  terms(
    "garden fence hinge latch driveway airport flight castle farm logic nand xor breadboard " +
      "circuit circuits electronics transistor prison jail inmate phone battery solar excel " +
      "spreadsheet cancer blood bacteria biology hair nail grass lawn hedge newspaper magazine " +
      "coupon movie podcast guitar barber ex girlfriend boyfriend breakup password birthday " +
      "wallet ram laptop usb psychology dementia alzheimer css photoshop figma road cycling hill " +
      "contour terrain mountain geography geog magic magician coin fireworks bomb volcano popcorn " +
      "tyre charger grenade diet calories gym muscle marathon dog puppy wifi router internet " +
      "ethernet vpn printer iphone android facebook instagram insta tiktok headache migraine " +
      "fever database sql butter colon income tax lease profit keyboard website fairground bike " +
      "necklace dna genome alcohol football recipe amusement funfair playground",
  ),
);

/** Positions in `courseTerms` of borrowed words read in the other field's sense. */
export function foreignContextPositions(
  plainTerms: readonly string[],
  courseTerms: readonly string[],
): Set<number> {
  const strong = courseTerms.filter((t) => STRONG.has(t));
  if (strong.some((t) => !BORROWED.has(t))) return new Set();
  if (new Set(strong).size >= 2) return new Set();
  if (!plainTerms.some((w) => FOREIGN.has(w))) return new Set();
  const at = new Set<number>();
  courseTerms.forEach((t, i) => {
    if (BORROWED.has(t) && !heldInCourseSense(t, plainTerms)) at.add(i);
  });
  return at;
}
