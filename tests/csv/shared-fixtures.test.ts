import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSharedFixtures, formatReport, sharedFixturesDir } from '../../scripts/check-shared-fixtures';

const dir = sharedFixturesDir();

describe('shared real-world CSV exports', () => {
  test('detected settings, mapping and first rows match the hand-checked expectations', () => {
    if (!existsSync(dir)) {
      // Outside CI a clone may sit without ../shared beside it; in CI the folder must be there.
      expect(process.env.CI, `shared fixtures missing at ${dir}; set OVERDUE_SHARED_FIXTURES`).toBeFalsy();
      return;
    }
    const results = checkSharedFixtures(dir);
    console.log(formatReport(results));
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.mismatches.length > 0).map((r) => [r.file, r.mismatches])).toEqual([]);
  });
});
