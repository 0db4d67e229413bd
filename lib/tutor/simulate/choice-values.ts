/**
 * Several values of one choice dial in a message: which one is the setting asked for.
 */
import type { ParamDefs } from "@/lib/sim";
import { sideAgainstDefault } from "./compared-choice";
import type { Mention } from "./mentions";
import { REPLACED } from "./not-a-setting";

/** "the IRNN one", "the 1997 demo": a value word used as the scenario's name. */
const AS_NAME = /^\s+(?:one|demo|scenario|experiment|setup|sim|simulation)\b/;

/** A value said as the scenario's name yields to one said as a setting: it was only implied. */
function settingsOverNames(group: readonly Mention[], lower: string): readonly Mention[] {
  const settings = group.filter((m) => !AS_NAME.test(lower.slice(m.end, m.end + 12)));
  return settings.length > 0 ? settings : group;
}

/** "with the random orthogonal …", "using relu": a value given as the run's setting. */
const SETTING_BEFORE =
  /\b(?:with|using|use|set to|switch(?:ed)? to|change(?:d)? to)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$/;

/** "IRNN vs random orthogonal, … with the random orthogonal matrix": the comparison names both, the setting picks one. */
function chosenWith(group: readonly Mention[], lower: string): readonly Mention[] {
  return group.filter((m) => SETTING_BEFORE.test(lower.slice(Math.max(0, m.start - 30), m.start)));
}

/**
 * Several values of one choice: the one not being replaced ("orthogonal instead of identity"),
 * or the one said as a setting rather than as the scenario's name ("the IRNN one with
 * orthogonal init"); a list of them ("sigmoid/tanh/relu") sets none.
 */
export function unambiguous(
  mentions: readonly Mention[],
  lower: string,
  params: ParamDefs,
): Mention[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions)
    if (m.value !== undefined) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const drop = new Set<Mention>();
  for (const group of byKey.values()) {
    if (new Set(group.map((m) => m.value)).size < 2) continue;
    const unreplaced = settingsOverNames(group, lower).filter(
      (m) => !REPLACED.test(lower.slice(Math.max(0, m.start - 16), m.start)),
    );
    // A value said as the setting wins; else "identity vs orthogonal" runs the side not shown yet.
    const withSetting = chosenWith(unreplaced, lower);
    const against = sideAgainstDefault(unreplaced, lower, params);
    const chosen =
      new Set(withSetting.map((m) => m.value)).size !== 1 && against ? [against] : withSetting;
    const kept = new Set(chosen.map((m) => m.value)).size === 1 ? chosen : unreplaced;
    const values = new Set(kept.map((m) => m.value));
    for (const m of group) if (values.size !== 1 || !kept.includes(m)) drop.add(m);
  }
  return mentions.filter((m) => !drop.has(m));
}
