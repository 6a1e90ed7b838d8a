import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser';
import { beijingDays, journeyFixtures, label, shot, signInConsole } from '../support/journeys';

// The community office plans a project with three milestones, files progress twice and sees the planned and
// actual curves; the street office generates the ten-day bulletin and downloads its PDF; a resident's phone then
// finds the project on the public page without signing in.
const journey = journeyFixtures('projects');

const DAY_MS = 86_400_000;
const shifted = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Types a day into an antd date input and confirms it, as a person typing would. */
async function typeDay(input: ReturnType<Page['locator']>, day: string): Promise<void> {
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

async function fileReport(desk: Page, progress: number, note: string): Promise<void> {
  await desk.getByRole('button', { name: label('填报进度') }).click();
  const dialog = desk.getByRole('dialog');
  await dialog.getByLabel('进度（%）').fill(String(progress));
  await dialog.getByLabel('进度说明').fill(note);
  await dialog.getByRole('button', { name: label('确定') }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a key project', () => {
  it('is planned with three milestones, reported twice and shown to the public on a phone', async () => {
    const { today } = beijingDays();
    const name = `府东社区适老化改造${Date.now() % 100000}`;
    const desk = await journey.open(DESKTOP, 'community');
    await signInConsole(desk, journey.url, 'community', '/console/projects');
    await desk.getByRole('button', { name: /新增项目/ }).click();
    const form = desk.getByRole('dialog');
    await form.getByLabel('项目名称').fill(name);
    await form
      .locator('.ant-form-item')
      .filter({ has: desk.locator('label[title="地点"]') })
      .locator('.ant-select')
      .click();
    await desk.locator('.ant-select-tree-title').filter({ hasText: '府东社区' }).first().click();
    await form.getByLabel('领办单位').click();
    await desk.locator('.ant-select-item-option').first().click();
    const range = form.locator('.ant-picker-range input');
    await typeDay(range.nth(0), shifted(today, -30));
    await typeDay(range.nth(1), shifted(today, 60));
    await form.getByRole('switch').click();
    const milestones: [string, number][] = [
      ['完成入户摸排', -10],
      ['扶手和坡道安装', 20],
      ['验收交付', 60],
    ];
    for (const [i, [milestone, offset]] of milestones.entries()) {
      await form.getByRole('button', { name: /添加节点/ }).click();
      await form.getByPlaceholder('节点名称').nth(i).fill(milestone);
      await typeDay(form.getByPlaceholder('计划完成日期').nth(i), shifted(today, offset));
    }
    await shot(desk, 'projects-1-create');
    await form.getByRole('button', { name: label('保存') }).click();
    await desk.waitForURL(/\/console\/projects\/[0-9a-f-]{36}$/);
    const id = desk.url().split('/').pop() as string;
    await desk.getByRole('heading', { name }).waitFor();

    await fileReport(desk, 20, '摸排完成 126 户，确定 38 户改造');
    await fileReport(desk, 35, '首批 12 户扶手安装完成');
    await desk.getByRole('tab', { name: /进度填报记录/ }).click();
    await expect.poll(() => desk.getByRole('row').filter({ hasText: '首批 12 户' }).count()).toBe(1);
    const api = await desk.request.get(`${journey.url}/api/projects/${id}?asOf=${today}`);
    const project = (await api.json()) as { plannedProgress: number; actualProgress: number; status: string };
    expect(project.actualProgress).toBe(35);
    expect(project.plannedProgress).toBeGreaterThan(0);
    await shot(desk, 'projects-2-curves');

    // 一旬一通报: the street office's last finished period, as a PDF.
    const street = await journey.open(DESKTOP, 'street');
    await signInConsole(street, journey.url, 'street', '/console/bulletins');
    await street.getByRole('button', { name: /立即生成/ }).click();
    await street
      .getByRole('dialog')
      .getByRole('button', { name: label('保存') })
      .click();
    await street.waitForURL(/\/console\/bulletins\/[0-9a-f-]{36}$/);
    await street.getByRole('heading', { name: /湖塘镇/ }).waitFor();
    await shot(street, 'projects-3-bulletin');
    const download = street.waitForEvent('download');
    await street.getByRole('button', { name: /下载 PDF/ }).click();
    const pdfPath = await (await download).path();
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    // A page as a person sees it, to look at with the other screenshots (where poppler is installed).
    if (process.env.LIANXIN_SHOTS && existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        pdfPath,
        `${process.env.LIANXIN_SHOTS}/projects-4-bulletin-pdf`,
      ]);
    }

    const phone = await journey.open(PHONE, 'public');
    await phone.goto(`${journey.url}/m/projects`);
    await phone.getByTestId('public-project').filter({ hasText: name }).click();
    await phone.waitForURL(new RegExp(`/m/projects/${id}$`));
    await phone.getByText('扶手和坡道安装').waitFor();
    await phone.getByText(`${today} · 35%`).waitFor();
    await phone.getByText('首批 12 户扶手安装完成').waitFor();
    await shot(phone, 'projects-5-public-phone');
  });
});
