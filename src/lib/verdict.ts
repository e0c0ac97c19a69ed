/**
 * The rules that tie the site's verdict on a claim to the evidence. Each
 * label has one rule: a pure function of the claim's kind and positions that
 * says whether the label is allowed. The validator rejects a verdict its rule
 * does not allow, and the method page prints the same rule descriptions, so
 * the two cannot drift apart. Counts are over CURRENT positions only
 * (src/lib/evidence.ts): an overtaken forecast is on the record, not evidence.
 */
import type { Locale } from '../i18n/locales.ts';
import { VERDICTS, type VerdictLabel } from '../schemas/claim.ts';
import { claimTally, type Tally } from './evidence.ts';
import type { Claim, Position } from './model.ts';

export { VERDICTS, type VerdictLabel };

/** What a rule reads: the claim's kind and its positions. */
export type VerdictEvidence = Pick<Claim, 'kind'> & { positions: readonly Pick<Position, 'stance' | 'overtaken'>[] };

const tallyOf = (claim: VerdictEvidence): Tally => claimTally(claim.positions, claim.positions.length);

/**
 * holds-up: at least two current sources support the claim and none disputes it.
 * @example holdsUp({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }, { stance: 'supports', overtaken: false }] }) === true
 * @example holdsUp({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }] }) === false
 */
export function holdsUp(claim: VerdictEvidence): boolean {
  const t = tallyOf(claim);
  return t.supports >= 2 && t.disputes === 0;
}

/**
 * likely: at least one current source supports the claim and none disputes it.
 * @example likely({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }] }) === true
 * @example likely({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }, { stance: 'disputes', overtaken: false }] }) === false
 */
export function likely(claim: VerdictEvidence): boolean {
  const t = tallyOf(claim);
  return t.supports >= 1 && t.disputes === 0;
}

/**
 * unresolved: the current evidence cannot settle it. Allowed when the current
 * positions conflict (some support, some dispute), when they only qualify it
 * (nobody supports or disputes), or when exactly one source supports it and
 * none disputes. Not allowed when two or more support and none disputes (the
 * site must then commit to holds-up or likely), nor when sources only dispute
 * it (that is doubtful).
 * @example unresolved({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }, { stance: 'disputes', overtaken: false }] }) === true
 * @example unresolved({ kind: 'fact', positions: [{ stance: 'qualifies', overtaken: false }] }) === true
 * @example unresolved({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }, { stance: 'supports', overtaken: false }] }) === false
 */
export function unresolved(claim: VerdictEvidence): boolean {
  const t = tallyOf(claim);
  const conflict = t.supports > 0 && t.disputes > 0;
  const onlyQualified = t.supports === 0 && t.disputes === 0;
  const single = t.supports === 1 && t.disputes === 0;
  return conflict || onlyQualified || single;
}

/**
 * doubtful: at least one current source disputes the claim, and disputes are
 * at least as many as supports.
 * @example doubtful({ kind: 'fact', positions: [{ stance: 'disputes', overtaken: false }] }) === true
 * @example doubtful({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }, { stance: 'supports', overtaken: false }, { stance: 'disputes', overtaken: false }] }) === false
 */
export function doubtful(claim: VerdictEvidence): boolean {
  const t = tallyOf(claim);
  return t.disputes >= 1 && t.disputes >= t.supports;
}

/**
 * overtaken: the claim is a forecast, and at least one of its positions is
 * marked overtaken or a current source disputes it (the forecast's window passed).
 * @example overtaken({ kind: 'forecast', positions: [{ stance: 'supports', overtaken: true }] }) === true
 * @example overtaken({ kind: 'fact', positions: [{ stance: 'supports', overtaken: true }] }) === false
 */
export function overtaken(claim: VerdictEvidence): boolean {
  if (claim.kind !== 'forecast') return false;
  return claim.positions.some((p) => p.overtaken) || tallyOf(claim).disputes >= 1;
}

/** Each label's rule, and how the method page and the validator put it into words. */
export const VERDICT_RULES: Record<VerdictLabel, { allowed: (claim: VerdictEvidence) => boolean; rule: Record<Locale, string> }> = {
  'holds-up': {
    allowed: holdsUp,
    rule: {
      en: 'at least two current sources support it and none disputes it',
      'zh-TW': '至少兩個現行來源支持，且沒有來源反駁',
    },
  },
  likely: {
    allowed: likely,
    rule: {
      en: 'at least one current source supports it and none disputes it',
      'zh-TW': '至少一個現行來源支持，且沒有來源反駁',
    },
  },
  unresolved: {
    allowed: unresolved,
    rule: {
      en: 'the current sources conflict (some support, some dispute), or only qualify it, or exactly one supports it and none disputes it; never when two or more support and none disputes',
      'zh-TW': '現行來源互相牴觸（有支持也有反駁）、只提出保留，或只有一個來源支持且無人反駁；兩個以上來源支持且無人反駁時不得使用',
    },
  },
  doubtful: {
    allowed: doubtful,
    rule: {
      en: 'at least one current source disputes it, and the disputes are at least as many as the supports',
      'zh-TW': '至少一個現行來源反駁，且反駁的來源不少於支持的來源',
    },
  },
  overtaken: {
    allowed: overtaken,
    rule: {
      en: 'it is a forecast, and a later source moved past it (a position marked overtaken) or a current source disputes it',
      'zh-TW': '它是一項預測，且已被較晚的來源超越（有立場標為已被超越），或有現行來源反駁它',
    },
  },
};

/**
 * Null when the label fits the evidence; otherwise why it does not, in words
 * an editor can act on.
 * @example verdictFault('holds-up', { kind: 'fact', positions: [{ stance: 'supports', overtaken: false }] })
 *   // 'verdict "holds-up" needs: at least two current sources support it and none disputes it; the current evidence is 1 support, 0 disputes, 0 qualify, 0 superseded'
 */
export function verdictFault(label: VerdictLabel, claim: VerdictEvidence): string | null {
  const rule = VERDICT_RULES[label];
  if (rule.allowed(claim)) return null;
  const t = tallyOf(claim);
  return `verdict "${label}" needs: ${rule.rule.en}; the current evidence is ${t.supports} support, ${t.disputes} disputes, ${t.qualifies} qualify, ${t.superseded} superseded`;
}

/**
 * Every label the evidence allows, in the vocabulary's order.
 * @example allowedVerdicts({ kind: 'fact', positions: [{ stance: 'supports', overtaken: false }] }) // ['likely', 'unresolved']
 */
export function allowedVerdicts(claim: VerdictEvidence): VerdictLabel[] {
  return VERDICTS.filter((label) => VERDICT_RULES[label].allowed(claim));
}
