/**
 * Course words in another sense: "a garden gate", "my phone battery cell", "hair clipping", "I
 * forget my password", "RAM memory", "a colour gradient in CSS", "a vanishing coin trick", "my
 * battery exploded". Each row pairs course words with words of their everyday (or other-field)
 * sense; a sense word binds to the nearest course word of its row within a few terms, the one
 * after it on a tie ("garden gate": the modifier comes first), and that course word, wherever
 * the message repeats it, then says nothing about the course. Only those words lose their
 * weight, so "is the LSTM forget gate like a garden gate?" keeps "LSTM" and "forget" and stays
 * on topic.
 */
import { terms } from "./text";
import { STRONG } from "./vocabulary";

/** [course words, words of their other sense]; both as plain words, compared as search terms. */
export const SENSES: readonly (readonly [string, string])[] = [
  [
    "gate gates",
    "logic nand nor xor breadboard circuit circuits electronics transistor transistors garden fence hinge hinges latch wooden iron front driveway boarding airport flight terminal gatekeeper castle yard farm",
  ],
  [
    "cell cells",
    "prison jail inmate phone battery batteries solar fuel stem blood bacteria biology organism excel spreadsheet merge cancer skin nerve brain membrane tower mobile volt volts car",
  ],
  [
    "clip clipping clippings clipped",
    "hair nail nails grass lawn hedge newspaper magazine coupon video movie imovie audio podcast recording guitar paper clipper clippers toenail dog barber",
  ],
  [
    "forget forgets forgetting forgot",
    "ex girlfriend boyfriend crush breakup password passwords name names birthday anniversary keys wallet homework appointment plant flowers flower pin",
  ],
  [
    "memory memories remember",
    "ram gb gigabyte gigabytes laptop computer phone storage disk chrome tabs usb card psychology psychologist dementia alzheimer amnesia grandmother grandma patient childhood photographic cognitive",
  ],
  [
    "lstm",
    "psychology psychologist dementia alzheimer amnesia patient grandmother grandma cognitive hippocampus therapy",
  ],
  [
    "gradient gradients",
    "css colour color colours colors background fill photoshop illustrator figma canva road cycling hill hills contour contours terrain elevation mountain geography geog button wallpaper paint logo",
  ],
  [
    "vanish vanishing vanished",
    "magic trick magician coin perspective drawing painting ghost email attachment folder icon desktop photos cream plant plants",
  ],
  [
    "explode exploding exploded explosion overflow",
    "battery batteries phone fireworks firework bomb bombs volcano popcorn kittens card game supernova tyre tire lithium charger grenade gas stack buffer java recursive recursion head population balloon cooker kettle boiler lid bottle pipe pipes",
  ],
  ["loss", "hair hearing diet calories fat grief dementia amnesia psychology grandmother grandma"],
  ["weight weights", "diet calories fat muscle gym lose losing kg pounds lbs dumbbell lifting"],
  [
    "training train",
    "dog puppy marathon running gym fitness workout muscle staff employee employees unconscious diversity potty",
  ],
  [
    "bias",
    "racial gender unconscious cognitive confirmation hiring interview media political news",
  ],
  ["network networks", "wifi router home internet social ethernet vpn printer broadband"],
  ["reset", "password wifi router phone factory iphone windows account pin"],
  ["update updates", "windows iphone ios android app software driver status facebook"],
  [
    "recurrent",
    "headache headaches migraine fever infection infections miscarriage nightmare nightmares dream dreams",
  ],
  ["normalise normalize normalization normalisation", "database table tables sql schema"],
  ["saturation saturated", "fat fats butter oil market oxygen sponge"],
  ["sigmoid", "colon colonoscopy bowel"],
  ["activation", "energy chemical reaction enzyme windows licence license account sim"],
  [
    "residual",
    "income business tax lease leasing car cars vehicle resale depreciation profit keyboard ctrl cmd",
  ],
  [
    "carousel",
    "image react html css slider website fair fairground funfair amusement park parks playground theme horse horses pony ponies ride rides rider riders merry luggage baggage instagram",
  ],
  ["shortcut", "keyboard ctrl cmd desktop route copy paste"],
  ["truncated truncate truncation", "text spreadsheet excel string sql varchar filename tweet"],
  ["chain", "bike bicycle necklace supply store restaurant blockchain"],
  ["threshold", "pain door wedding"],
  ["sequence", "dna genome gene protein fibonacci dance"],
  ["dependency dependencies", "npm pip package packages alcohol drug drugs nicotine"],
];

/**
 * Words that hold a course word in the course's sense whatever everyday words surround it: "the
 * constant error carousel is like a merry-go-round ride" is still about the LSTM's cell.
 */
const HELD_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["carousel", "constant error cec lstm lstms hochreiter schmidhuber cell memory gradient"],
    ] as const
  ).map(([course, held]) => {
    // "constant error" searches as "carousel" too: a word cannot hold itself.
    const own = terms(course)[0] ?? course;
    return [own, new Set(terms(held).filter((t) => t !== own))];
  }),
);

/** Is `courseTerm` kept in the course's sense by the message's other words (`plainTerms`)? */
export function heldInCourseSense(courseTerm: string, plainTerms: readonly string[]): boolean {
  const held = HELD_BY.get(courseTerm);
  return held !== undefined && plainTerms.some((w) => held.has(w));
}

/** How far (in search terms) a sense word reaches for its course word. */
const REACH = 3;

interface Sense {
  course: ReadonlySet<string>;
  other: ReadonlySet<string>;
}

const senses: readonly Sense[] = SENSES.map(([course, other]) => ({
  course: new Set(terms(course)),
  other: new Set(terms(other)),
}));

/**
 * Positions in `courseTerms` (the message's corrected search terms) of course words used in
 * another sense; `plainTerms` (the same terms, uncorrected) carries the sense words.
 */
export function otherSensePositions(
  plainTerms: readonly string[],
  courseTerms: readonly string[],
): Set<number> {
  const bound = new Set<number>();
  for (const sense of senses) {
    plainTerms.forEach((word, at) => {
      if (!sense.other.has(word) || sense.course.has(courseTerms[at] ?? "")) return;
      let nearest: number | undefined;
      for (let d = 1; d <= REACH && nearest === undefined; d++) {
        // After first: "garden gate", "prison cell".
        if (sense.course.has(courseTerms[at + d] ?? "")) nearest = at + d;
        else if (sense.course.has(courseTerms[at - d] ?? "")) nearest = at - d;
      }
      // "Truncated BPTT on a long text stream": a course word that modifies a course noun is
      // in the course's sense, whatever everyday word sits near it.
      if (nearest === undefined || STRONG.has(courseTerms[nearest + 1] ?? "")) return;
      if (!heldInCourseSense(courseTerms[nearest] ?? "", plainTerms)) bound.add(nearest);
    });
  }
  // One sense per message: "long-term memory vs short-term memory in psychology" means the
  // same memory twice, though only the second is beside "psychology".
  const words = new Set([...bound].map((i) => courseTerms[i]));
  courseTerms.forEach((t, i) => {
    if (words.has(t)) bound.add(i);
  });
  return bound;
}

/** The course words of the message used in another sense, as search terms, in order. */
export function otherSenseTerms(message: string): string[] {
  const plain = terms(message);
  const bound = otherSensePositions(plain, plain);
  return plain.filter((_, i) => bound.has(i));
}
