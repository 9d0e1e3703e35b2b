// A unit's page is not a dead end: it says what the plan leaves out (the full name, any contact), gives the full
// name as background where one has been checked, and points to the district government's portal, labelled as
// background, not as the plan's words.
import { expect } from 'vitest';
import { t } from '../../src/i18n';
import { loadContent } from '../../src/lib/load-content';
import { paths } from '../../src/lib/paths';
import { DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const units = loadContent().collections.units;
const DEPARTMENTS = ['party', 'bureau', 'branch', 'municipal', 'management-committee'];

test.for([
  ['360 px', PHONE],
  ['desktop', DESKTOP],
] as const)(
  'a department’s page gives its full name or says the plan does not, and points to the portal, at %s',
  async ([, setting], { open }) => {
    const p = await open(paths.unit('economy-it-bureau'), { ...setting, javaScriptEnabled: false });
    const unit = units.find((u) => u.id === 'economy-it-bureau')!.data;
    const background = p.getByRole('complementary', { name: t('background.label') });
    if (unit.officialName) {
      const named = background.locator('[data-official-name]');
      await expect(named.textContent()).resolves.toContain(unit.officialName);
      await expect(named.getByRole('link').getAttribute('href')).resolves.toBe(unit.officialNameSource);
    } else {
      await expect(p.getByText(t('page.unit.noOfficialName', { name: unit.name })).isVisible()).resolves.toBe(true);
    }
    // No contact in the plan, said once, in the string table's words.
    await expect(p.getByText(t('page.unit.noContact')).count()).resolves.toBe(1);
    // The portal, as background, a link that fits the screen.
    const portal = background.getByRole('link', { name: new URL(paths.districtPortal()).host });
    await expect(portal.getAttribute('href')).resolves.toBe(paths.districtPortal());
    const box = (await portal.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(setting.viewport.width);
  },
);

test('every department without a checked full name says so; full names only appear with their source', async ({ open }) => {
  for (const u of units) {
    const p = await open(paths.unit(u.id), { ...PHONE, javaScriptEnabled: false });
    const missing = await p.getByText(t('page.unit.noOfficialName', { name: u.data.name })).count();
    expect(missing, u.id).toBe(!u.data.officialName && DEPARTMENTS.includes(u.data.kind) ? 1 : 0);
    await expect(p.locator('[data-official-name]').count(), u.id).resolves.toBe(u.data.officialName ? 1 : 0);
    await expect(p.locator('[data-portal] a').getAttribute('href'), u.id).resolves.toBe(paths.districtPortal());
    await p.context().close();
  }
});
