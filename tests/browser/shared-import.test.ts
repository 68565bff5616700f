// Every real export in ../shared/fixtures/csv goes through the import page as a user would drop it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFixturesDir } from '../../scripts/check-shared-fixtures';
import { openApp, type Harness } from './harness';

const dir = sharedFixturesDir();
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
  : [];

let h: Harness;
beforeAll(async () => {
  h = await openApp('#/import');
});
afterAll(async () => {
  await h.close();
});

describe('real bank and accounting exports through the import page', () => {
  it('finds the shared exports (they must be there in CI)', () => {
    expect(files.length > 0 || !process.env.CI, `no CSV in ${dir}`).toBe(true);
  });

  it.each(files)(
    '%s: detected, mapped and previewed without a crash; importable or every problem located',
    async (file) => {
      const { page } = h;
      await page.goto(`${h.url}index.html#/import`);
      await page.getByTestId('import-file').setInputFiles(join(dir, file));
      const session = page.getByTestId('import-session').last();
      await session.getByTestId('import-counts').waitFor();
      const counts = (await session.getByTestId('import-counts').textContent()) ?? '';
      const button = session.getByRole('button', { name: /^Import \d+ rows?$/ });
      if (await button.isDisabled()) {
        // Not importable as it stands: every problem names the file and a line.
        const problems = await session.getByTestId('import-errors').locator('li').allTextContents();
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(p).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}, line \\d+`));
      } else {
        expect(counts).toMatch(/^[1-9]\d* new/);
        await button.click();
        await session.getByTestId('import-done').waitFor();
      }
      expect(h.pageErrors).toEqual([]);
    },
  );
});
