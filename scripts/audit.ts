/**
 * `npm run audit`: fails on high or critical advisories in the runtime dependencies. Where the
 * registry does not serve npm's audit endpoint (a mirror, or a sandbox that only allows GET), there
 * is nothing to check against: it says so plainly and does not pretend the audit passed.
 */
import { spawnSync } from 'node:child_process';
import { z } from 'zod';

const auditReport = z.object({
  metadata: z.object({
    vulnerabilities: z.object({ high: z.number(), critical: z.number(), total: z.number() }),
  }),
});
const auditServiceError = z.object({ statusCode: z.number().optional(), message: z.string(), error: z.unknown() });

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let output: unknown;
try {
  output = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no JSON (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const report = auditReport.safeParse(output);
if (report.success) {
  const { high, critical, total } = report.data.metadata.vulnerabilities;
  console.log(`npm audit --omit=dev: ${total} advisories, ${high} high, ${critical} critical`);
  process.exit(high + critical > 0 ? 1 : 0);
}
const unavailable = auditServiceError.safeParse(output);
if (unavailable.success) {
  console.log(`npm audit --omit=dev: NOT CHECKED, the registry refused the audit request (${unavailable.data.message}).`);
  console.log('Run `npm run audit` where registry.npmjs.org is reachable to check for advisories.');
  process.exit(0);
}
console.error(`npm audit answered something unexpected:\n${run.stdout.slice(0, 2000)}`);
process.exit(1);
