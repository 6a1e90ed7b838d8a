import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AVERAGE_KEYS, COUNTER_KEYS, RATE_KEYS } from '../../../shared/stats';
import { AVERAGES, COUNTERS, POPULATION, RATES } from './definitions';

// docs/metrics.md is rendered from definitions.ts, so the written definitions and the computed ones cannot
// drift: a unit test fails when the committed file differs. Regenerate with
// `npm run docs:metrics`.

const cell = (text: string) => text.replaceAll('|', '\\|');

export function renderMetricsDoc(): string {
  const rateRows = RATE_KEYS.map((key) => {
    const r = RATES[key];
    const num = COUNTERS[r.numerator].name;
    const den = COUNTERS[r.denominator].name;
    return `| ${r.name.zh} / ${r.name.en} (\`${key}\`) | ${cell(r.definition.zh)}<br>${cell(r.definition.en)} | ${num.zh} / ${num.en} (\`${r.numerator}\`) | ${den.zh} / ${den.en} (\`${r.denominator}\`) |`;
  });
  const counterRows = COUNTER_KEYS.map((key) => {
    const c = COUNTERS[key];
    return `| \`${key}\` | ${c.name.zh} / ${c.name.en} | ${cell(c.definition.zh)}<br>${cell(c.definition.en)} |`;
  });
  const averageRows = AVERAGE_KEYS.map((key) => {
    const a = AVERAGES[key];
    return `| \`${key}\` | ${a.name.zh} / ${a.name.en} | ${cell(a.definition.zh)}<br>${cell(a.definition.en)} |`;
  });
  return `# Metrics (统计口径)

<!-- Rendered from src/server/modules/stats/definitions.ts by metrics-doc.ts; edit the definitions, not this file. -->

Every figure about tickets — the three rates (三率) of Beijing's 接诉即办, the indicators after GB/T 30428.4
(数字化城市管理信息系统 绩效评价), counts and averages — is defined once, in
\`src/server/modules/stats/definitions.ts\`, and computed by one aggregate query over \`ticket\`
(\`GET /api/stats/rates\`, \`/api/stats/rates/breakdown\`). Dashboards, bulletins, the public portal and exports
(\`/api/stats/rates/export.xlsx\`, the 三率统计 page's 导出 Excel) read these endpoints (or \`stats/service.ts\`);
none recomputes a rate. \`GET /api/stats/definitions\` serves
the same text in the caller's language for tooltips.

## Which tickets are counted

${POPULATION.zh}

${POPULATION.en}

Rates are fractions (0…1); the screens show them as percentages. **0 / 0 is \`null\`** ("nothing to judge"),
shown as "—", never as 0 % or 100 %.

## Rates

| name 名称 | definition 定义 | numerator 分子 | denominator 分母 |
| --- | --- | --- | --- |
${rateRows.join('\n')}

## Counters

| key | name 名称 | definition 定义 |
| --- | --- | --- |
${counterRows.join('\n')}

Finished tickets are also counted by outcome (\`closedByOutcome\`: resolved, explained, transferred, duplicate,
withdrawn, rejected) and rated tickets by their latest rating (\`ratedByRating\`).

## Averages (hours; \`null\` when there is no ticket to average)

| key | name 名称 | definition 定义 |
| --- | --- | --- |
${averageRows.join('\n')}

## Edge cases

- **Honest closing.** Only outcome \`resolved\` is 办结. A ticket closed as explained (解释说明), transferred,
  duplicate or withdrawn stays in 应处置 and never enters 办结 or 解决.
- **Rejected (不予受理) and merged (合并) tickets** count as submitted and as responded, but are not accepted:
  they are outside every handling rate. A merged ticket counts with its master.
- **不满意 and rework.** 不满意 reopens the ticket: it leaves 办结 and 解决 until it is resolved again, counts
  once as 返工, and its rating counts in 满意率 until the resident rates again (the latest rating counts).
- **Extensions (延期).** An approved extension moves the handling limit; handling by the extended limit is on
  time. The ticket counts in 延期数 either way. Only granted extensions count: the level above extending at
  once, or approving a request of the handler or office. A request still waiting, or denied, counts nowhere.
- **现场解决.** A ticket resolved on the spot straight from 待受理 is accepted and responded to at that moment.
- **Withdrawn before any response** within the response limit: outside 响应率. Withdrawn after the limit without
  a response: a late response.
- **Open tickets** are judged at \`asOf\` (the moment of the request): a ticket still inside its limit is in neither
  the numerator nor the denominator of 响应率 or the handling rates; once the limit passes it counts against.
- **Period.** A ticket belongs to the period it was submitted in, forever; figures of a past period still change
  while its tickets move (a late resolution, a rating).
- **Scope.** Tickets are counted by their place (the subtree of \`placeId\`), not by the unit handling them;
  \`/api/stats/rates/breakdown?by=unit\` groups by the unit a ticket is with now.
- **Working hours** follow \`platform/calendar.ts\`: 09:00–12:00 and 13:00–18:00 in the installation's zone (Beijing time by default) on working days,
  statutory holidays off, make-up days (调休) on; the SQL form is tested against it.

## Speed

One statement per request: \`count(*) FILTER (WHERE …)\` per counter over the rows selected by
\`district_id\`, \`created_at\` in the period and \`place_path <@ subtree\`. See \`docs/performance.md\` and
\`bench/reads.ts\` (\`npm run bench -- tickets\`).
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync('docs/metrics.md', renderMetricsDoc());
  console.log('docs/metrics.md written');
}
