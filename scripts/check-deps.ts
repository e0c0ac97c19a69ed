// `npm audit --omit=dev`, summarized: prints "audit: N high, N critical"
// and fails on any. When the registry's advisory service cannot be reached
// or refuses, it says so loudly and does not claim a pass; set
// AUDIT_STRICT=1 (e.g. in a CI that reaches the registry) to fail then too.
import { spawnSync } from 'node:child_process';

export type AuditSummary =
  | { checked: true; counts: Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number> }
  | { checked: false; reason: string };

/**
 * Reads `npm audit --json` output.
 * @example summarizeAudit('{"metadata":{"vulnerabilities":{"high":0,"critical":0}}}').checked === true
 */
export function summarizeAudit(json: string): AuditSummary {
  let data: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string; code?: string } };
  try {
    data = JSON.parse(json);
  } catch {
    return { checked: false, reason: `npm audit printed no JSON: ${json.trim().slice(0, 200) || '(nothing)'}` };
  }
  const v = data.metadata?.vulnerabilities;
  if (!v) return { checked: false, reason: data.message || data.error?.summary || data.error?.code || 'npm audit gave no vulnerability counts' };
  const n = (k: string) => Number(v[k] ?? 0);
  return { checked: true, counts: { info: n('info'), low: n('low'), moderate: n('moderate'), high: n('high'), critical: n('critical') } };
}

/** The line the test command prints, and whether it fails the run. */
export function verdict(s: AuditSummary, strict = false): { line: string; ok: boolean } {
  if (!s.checked) return { line: `audit: NOT CHECKED, the advisory service did not answer (${s.reason}); run \`npm audit --omit=dev\` where the registry is reachable`, ok: !strict };
  const { high, critical, moderate, low } = s.counts;
  return { line: `audit: ${high} high, ${critical} critical (${moderate} moderate, ${low} low) in production dependencies`, ok: high + critical === 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
  const { line, ok } = verdict(summarizeAudit(r.stdout || r.stderr || ''), process.env.AUDIT_STRICT === '1');
  (ok ? console.log : console.error)(line);
  process.exit(ok ? 0 : 1);
}
