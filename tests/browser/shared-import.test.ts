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

  it.each(files)('%s: imported as dropped, without remapping and without a refused row', async (file) => {
    const { page } = h;
    await page.goto(`${h.url}index.html#/import`);
    await page.getByTestId('import-file').setInputFiles(join(dir, file));
    const session = page.getByTestId('import-session').last();
    await session.getByTestId('import-counts').waitFor();
    const problems = await session.getByTestId('import-errors').locator('li').allTextContents();
    expect(problems).toEqual([]);
    const counts = (await session.getByTestId('import-counts').textContent()) ?? '';
    if (counts.startsWith('0 new')) {
      // Nothing owed in it (an export of drafts): every row is left out, and the preview says why.
      await expect(session.getByTestId('import-note').first().textContent()).resolves.toMatch(
        /left out as not owed/,
      );
      expect(counts).toMatch(/0 with problems/);
      return;
    }
    expect(counts).toMatch(/^[1-9]\d* new/);
    const button = session.getByRole('button', { name: /^Import \d+ rows?$/ });
    await expect(button.isDisabled()).resolves.toBe(false);
    await button.click();
    await session.getByTestId('import-done').waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
