import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSharedFixtures, formatReport, sharedFixturesDir } from '../../scripts/check-shared-fixtures';

const dir = sharedFixturesDir();
const present = existsSync(dir);

describe('shared real-world CSV exports', () => {
  test.runIf(!present && !!process.env.CI)('the shared fixtures folder exists in CI', () => {
    expect.fail(`shared fixtures missing at ${dir} (CI is set); set OVERDUE_SHARED_FIXTURES`);
  });

  test.runIf(present)('detected settings, mapping and first rows match the hand-checked expectations', () => {
    const results = checkSharedFixtures(dir);
    console.log(formatReport(results));
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.mismatches.length > 0).map((r) => [r.file, r.mismatches])).toEqual([]);
  });
});
