import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Page as ListPage } from '../../src/shared/list';
import type { Place } from '../../src/shared/places';
import type { Breakdown, RateKey, Rates } from '../../src/shared/stats';
import { DESKTOP } from '../support/browser';
import { beijingDays, journeyFixtures, shot, signInConsole } from '../support/journeys';

// 三率统计 (BRIEF §3, docs/metrics.md): an office opens the page, picks this year and reads the same three rates
// the API computes for that period — the demo seed's months of history make them real numbers; the rankings
// list every child node; the page speaks English after a switch. The leader drills down into a street, reloads
// (the address keeps place and period), exports what is on screen and climbs back up by the trail.

const journey = journeyFixtures('stats');

const THREE: readonly RateKey[] = ['responseRate', 'resolutionRate', 'satisfactionRate'];
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
] as const;

/** How the page must write a rate: one decimal, or "—" when there is nothing to judge (never 0 %). */
const expectedText = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** This calendar year in Beijing as the API's [from, to) days. */
function thisYear(): { from: string; to: string } {
  const year = Number(beijingDays().today.slice(0, 4));
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${journey.url}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** Opens 三率统计 from the menu and switches the period to this year; waits for this year's figures. */
async function openThisYear(page: Page): Promise<{ from: string; to: string }> {
  await page.getByRole('menuitem', { name: '三率统计' }).click();
  await page.getByRole('heading', { name: '三率统计' }).waitFor();
  await page.getByTestId('period-preset').getByText('本年', { exact: true }).click();
  const period = thisYear();
  await page.locator(`[data-testid="period-line"][data-period="${period.from}/${period.to}"]`).waitFor();
  await page.getByTestId('breakdown-table').waitFor();
  return period;
}

/** Screenshots at both desk sizes when LIANXIN_SHOTS names a folder. */
async function shots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await shot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(DESKTOP.viewport);
}

async function switchToEnglish(page: Page) {
  await page.getByTestId('language-switch').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'English' }).click();
  await page.getByRole('heading', { name: 'Three rates' }).waitFor();
}

describe('三率统计', () => {
  it('shows the community the same three rates as the API for this year, and speaks English', async () => {
    const page = await journey.open(DESKTOP, 'community');
    await signInConsole(page, journey.url, 'community', '/console/tickets');
    const me = await getJson<{ placeId: string }>(page, '/api/auth/me');
    const period = await openThisYear(page);

    const rates = await getJson<Rates>(
      page,
      `/api/stats/rates?placeId=${me.placeId}&from=${period.from}&to=${period.to}`,
    );
    // The seed's history falls in this year: there is something to judge, so the comparison means something.
    expect(rates.counts.submitted).toBeGreaterThan(0);
    expect(THREE.some((key) => rates.rates[key].value !== null)).toBe(true);
    for (const key of THREE) {
      const card = page.getByTestId(`rate-card-${key}`);
      const rate = rates.rates[key];
      expect(await card.getByTestId('rate-value').textContent()).toBe(expectedText(rate.value));
      const fraction = (await card.getByTestId('rate-fraction').textContent()) ?? '';
      if (rate.value !== null) {
        expect(fraction).toContain(` ${rate.numerator} ÷ `);
        expect(fraction.endsWith(` ${rate.denominator}`)).toBe(true);
      }
    }
    // Counts by outcome: 已解决 is told apart from the other ways of closing.
    expect(await page.getByTestId('outcome-resolved').textContent()).toContain(
      `${rates.closedByOutcome.resolved} 件`,
    );
    expect(await page.getByTestId('outcome-explained').textContent()).toContain(
      `${rates.closedByOutcome.explained} 件`,
    );

    // Every child node of the community has a row in the rankings.
    const children = await getJson<ListPage<Place>>(page, `/api/places?parentId=${me.placeId}&limit=100`);
    expect(children.items.length).toBeGreaterThan(0);
    const table = page.getByTestId('breakdown-table');
    for (const child of children.items) {
      await table
        .getByRole('row', { name: new RegExp(child.name) })
        .first()
        .waitFor();
    }
    await shots(page, 'community-zh');

    // Grouped by unit: the table's first column names units.
    await page.getByTestId('breakdown-by').getByText('按承办单位').click();
    await table.getByRole('columnheader', { name: /^承办单位/ }).waitFor();
    const byUnit = await getJson<Breakdown>(
      page,
      `/api/stats/rates/breakdown?by=unit&placeId=${me.placeId}&from=${period.from}&to=${period.to}`,
    );
    // The seed dispatches some of the community's tickets to units, so at least one unit has a row.
    const unitNames = byUnit.items.flatMap((item) => (item.name ? [item.name] : []));
    expect(unitNames.length).toBeGreaterThan(0);
    for (const name of unitNames) {
      await table
        .getByRole('row', { name: new RegExp(name) })
        .first()
        .waitFor();
    }
    await shots(page, 'community-zh-units');

    await switchToEnglish(page);
    const response = page.getByTestId('rate-card-responseRate');
    await response.getByTestId('rate-name').filter({ hasText: 'Response rate' }).waitFor();
    expect(await page.getByTestId('rate-card-resolutionRate').getByTestId('rate-name').textContent()).toBe(
      'Resolution rate',
    );
    expect(await page.getByTestId('rate-card-satisfactionRate').getByTestId('rate-name').textContent()).toBe(
      'Satisfaction rate',
    );
    await page.getByTestId('period-preset').getByText('This year', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Three rates' }).waitFor();
    expect(await response.getByTestId('rate-value').textContent()).toBe(
      expectedText(rates.rates.responseRate.value),
    );
    await page.getByTestId('breakdown-by').getByText('By child place').click();
    await table.getByRole('columnheader', { name: /^Place/ }).waitFor();
    await shots(page, 'community-en');
  });

  it('lists every street under the district for the leader, drills down, exports and climbs back', async () => {
    const page = await journey.open(DESKTOP, 'leader');
    await signInConsole(page, journey.url, 'leader', '/console/tickets');
    const me = await getJson<{ placeId: string }>(page, '/api/auth/me');
    const period = await openThisYear(page);

    const streets = await getJson<ListPage<Place>>(page, `/api/places?parentId=${me.placeId}&limit=100`);
    expect(streets.items.length).toBeGreaterThan(1);
    const rows = page.getByTestId('breakdown-table').locator('tbody tr.ant-table-row');
    const names = await rows.locator('td:first-child').allTextContents();
    for (const street of streets.items) {
      expect(names).toContain(street.name);
    }
    await shots(page, 'leader-zh');

    // Down into a street: its communities are ranked, and the address names the street and the period.
    const street = streets.items[0] as Place;
    const table = page.getByTestId('breakdown-table');
    await table.getByTestId('drill').filter({ hasText: street.name }).first().click();
    await page.waitForURL((url) => url.searchParams.get('placeId') === street.id);
    expect(new URL(page.url()).searchParams.get('period')).toBe('thisYear');
    const communities = await getJson<ListPage<Place>>(page, `/api/places?parentId=${street.id}&limit=100`);
    for (const community of communities.items) {
      await table
        .getByRole('row', { name: new RegExp(community.name) })
        .first()
        .waitFor();
    }
    await page.reload();
    await page.locator(`[data-testid="period-line"][data-period="${period.from}/${period.to}"]`).waitFor();
    await page.getByTestId('stats-trail').getByText(street.name).waitFor();
    await shots(page, 'leader-zh-street');

    // The workbook holds what is on screen: the street's figures and its communities.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^三率统计-${street.name}-\\d{8}\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const shown = await getJson<Rates>(
      page,
      `/api/stats/rates?placeId=${street.id}&from=${period.from}&to=${period.to}`,
    );
    const summary = workbook.getWorksheet('三率及指标');
    expect(summary?.getRow(1).values).toContain(street.name);
    const submitted = summary
      ?.getRows(1, summary.rowCount)
      ?.find((row) => row.getCell(1).value === '诉求总数');
    expect(submitted?.getCell(2).value).toBe(shown.counts.submitted);
    const ranked = workbook.getWorksheet('按下级')?.getColumn(1).values ?? [];
    for (const community of communities.items) {
      expect(ranked).toContain(community.name);
    }

    // Back up by the trail: the district again, with the district's own address.
    await page.getByTestId('stats-trail').locator(`[data-place-id="${me.placeId}"]`).click();
    await page.waitForURL((url) => !url.searchParams.has('placeId'));
    await table.getByTestId('drill').filter({ hasText: street.name }).first().waitFor();
    await switchToEnglish(page);
    await page.getByTestId('rate-card-satisfactionRate').getByText('Satisfaction rate').waitFor();
    await shots(page, 'leader-en');
  });
});
