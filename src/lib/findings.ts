/**
 * The home page's findings: three to five sentences computed from the data,
 * each tied to the claim it rests on (publication design guide: findings
 * before apparatus). Every sentence comes from a dictionary template with
 * named placeholders; nothing is glued from translated fragments.
 *  - agree:    the claim the most sources support with no current dispute
 *  - conflict: the contested claim with the most even, largest split
 *  - slide:    a forecast the sources moved past (the timeline's takeaway)
 *  - range:    the spread of a plotted money figure (the timeline's takeaway)
 */
import type { Locale } from '../i18n/locales.ts';
import { panelTakeaway, type TakeawayStrings } from './chart/takeaway.ts';
import { claimTally, type Tally } from './evidence.ts';
import { fmtText, spaceMixed } from './format.ts';
import type { Claim, ClaimStatus } from './model.ts';
import { plural, tallyText, type PluralTemplate } from './tally.ts';
import type { TimelinePanel } from './timeline.ts';

export type FindingKind = 'agree' | 'conflict' | 'slide' | 'range';

export interface Finding {
  kind: FindingKind;
  claim: Claim;
  status: ClaimStatus;
  /** The finding as a sentence a reader can repeat. */
  text: string;
  tally: Tally;
}

export interface FindingStrings {
  /** All sources support it: "All {n} sources support this, and none disputes it". */
  agreeAll: string;
  /** "{n} of the {total} sources support this, and none disputes it" (plural on {n}). */
  agreeSome: PluralTemplate;
  /** "The sharpest split: {tally}". */
  conflict: string;
}

export interface FindingsInput {
  claims: readonly Claim[];
  statusById: ReadonlyMap<string, ClaimStatus>;
  sourceCount: number;
  timeline: readonly TimelinePanel[];
}

const spaced = (text: string, locale: Locale) => (locale === 'zh-TW' ? spaceMixed(text) : text);

/** The smallest number of supporters that makes agreement a finding. */
export const AGREE_MIN = 2;

/**
 * @example homeFindings(site, 'en', { findings, takeaway }).map((f) => f.kind)
 *   // ['agree', 'conflict', 'slide', 'range']
 */
export function homeFindings(
  input: FindingsInput,
  locale: Locale,
  t: { findings: FindingStrings; takeaway: TakeawayStrings },
): Finding[] {
  const tallies = new Map(input.claims.map((c) => [c.id, claimTally(c.positions, input.sourceCount)]));
  const tallyOf = (c: Claim) => tallies.get(c.id)!;
  const used = new Set<string>();
  const out: Finding[] = [];
  const add = (kind: FindingKind, claim: Claim | undefined, text: (c: Claim) => string | null) => {
    if (!claim || used.has(claim.id)) return;
    const sentence = text(claim);
    if (!sentence) return;
    used.add(claim.id);
    out.push({ kind, claim, status: input.statusById.get(claim.id)!, text: sentence, tally: tallyOf(claim) });
  };

  const agreed = input.claims
    .filter((c) => tallyOf(c).supports >= AGREE_MIN && tallyOf(c).disputes === 0)
    .sort((a, b) => tallyOf(b).supports - tallyOf(a).supports || tallyOf(a).qualifies - tallyOf(b).qualifies);
  add('agree', agreed[0], (c) => {
    const { supports } = tallyOf(c);
    return supports === input.sourceCount
      ? fmtText(t.findings.agreeAll, { n: supports }, locale)
      : spaced(plural(t.findings.agreeSome, supports, locale, { total: input.sourceCount }), locale);
  });

  // The most even split first (2 against 2 beats 3 against 1), then the most voices.
  const split = (c: Claim) => Math.min(tallyOf(c).supports, tallyOf(c).disputes);
  const voices = (c: Claim) => tallyOf(c).supports + tallyOf(c).disputes;
  const contested = input.claims.filter((c) => input.statusById.get(c.id) === 'contested').sort((a, b) => split(b) - split(a) || voices(b) - voices(a));
  add('conflict', contested[0], (c) => fmtText(t.findings.conflict, { tally: tallyText(tallyOf(c), locale) }, locale));

  const slid = input.timeline.find((p) => p.unit === 'month' && p.claim.kind === 'forecast' && p.points.some((pt) => pt.overtaken));
  add('slide', slid?.claim, () => panelTakeaway(slid!, locale, t.takeaway));
  const money = input.timeline.find((p) => p.unit !== 'month');
  add('range', money?.claim, () => panelTakeaway(money!, locale, t.takeaway));
  return out;
}
