import { addDays } from '../../shared/campaigns';
import type { Tx } from '../db/client';
import { campaign, campaignTally } from '../db/schema';
import { dayIn } from '../platform/time-zone';

// The demo region's counted drives (BRIEF §5, seed 000 湖塘镇): the first-dose vaccination drive of April and May
// — 4,424 doses on the best day (16 May), 66,921 first doses by the end of May; 湾里社区's rental-flat drive down
// to zero hazards (隐患清零), still running; and 府东社区's party members visiting households (466 so far).

type Place = { id: string; path: string; name: string; districtId: string };
type Seeder = { byNames: Map<string, Place>; accountByName: Map<string, string>; now: Date; zone: string };

/** First doses given each day from 1 April to 31 May: weekends lighter, the mass-vaccination day on 16 May. */
export const VACCINATION_DAILY = [
  248, 334, 414, 486, 553, 492, 537, 724, 772, 816, 857, 894, 743, 768, 989, 1016, 1041, 1064, 1084, 883, 897,
  1138, 1153, 1166, 1179, 1191, 961, 969, 1220, 1229, 1236, 1243, 1250, 1005, 1009, 1266, 1271, 1275, 1279,
  1283, 1029, 1031, 1292, 1295, 1297, 4424, 1301, 1043, 1044, 1306, 1308, 1309, 1310, 1312, 1050, 1051, 1314,
  1315, 1316, 1317, 1322,
];
/** What remained of the rental-flat hazards on each tally day (days since the drive began). */
const HAZARDS_REMAINING: [day: number, remaining: number][] = [
  [0, 186],
  [2, 171],
  [5, 150],
  [7, 139],
  [9, 118],
  [12, 97],
  [14, 84],
  [16, 70],
  [19, 55],
  [21, 47],
  [23, 38],
  [26, 29],
  [28, 22],
  [30, 17],
  [33, 12],
  [35, 9],
];
/** Households visited each day by the party members of 府东社区, by compound (466 in all). */
const VISITS: [day: number, compound: string, households: number][] = [
  [0, '府东花园', 18],
  [0, '东方名苑', 12],
  [1, '延政新村', 15],
  [2, '府东花园', 22],
  [3, '东方名苑', 19],
  [4, '延政新村', 21],
  [5, '府东花园', 26],
  [6, '东方名苑', 24],
  [7, '延政新村', 17],
  [8, '府东花园', 30],
  [9, '东方名苑', 28],
  [10, '延政新村', 25],
  [11, '府东花园', 33],
  [12, '东方名苑', 31],
  [13, '延政新村', 27],
  [14, '府东花园', 35],
  [15, '东方名苑', 29],
  [16, '延政新村', 34],
  [17, '府东花园', 20],
];

export async function seedDemoDrives(tx: Tx, s: Seeder): Promise<void> {
  const town = s.byNames.get('武进区/湖塘镇');
  const wanli = s.byNames.get('武进区/湖塘镇/湾里社区');
  const fudong = s.byNames.get('武进区/湖塘镇/府东社区');
  if (!town || !wanli || !fudong) {
    return;
  }
  const today = dayIn(s.zone, s.now);
  const year = Number(today.slice(0, 4)) - (today.slice(5) > '05-31' ? 0 : 1);
  const street = s.accountByName.get('street') ?? null;
  const community = s.accountByName.get('community') ?? null;
  const grid = s.accountByName.get('grid') ?? null;
  const drive = (
    p: Place,
    fields: Omit<typeof campaign.$inferInsert, 'districtId' | 'placeId' | 'placePath'>,
  ) => ({
    districtId: p.districtId,
    placeId: p.id,
    placePath: p.path,
    createdAt: s.now,
    updatedAt: s.now,
    ...fields,
  });
  const hazardsStart = addDays(today, -36);
  const visitsStart = addDays(today, -18);
  const [vaccination, hazards, visits] = await tx
    .insert(campaign)
    .values([
      drive(town, {
        name: '新冠疫苗首针接种攻坚',
        kind: 'count_up',
        unitCode: 'doses',
        unitLabel: '剂次',
        target: 70_000,
        startsOn: `${year}-04-01`,
        endsOn: `${year}-05-31`,
        leadUnit: '湖塘镇卫生院',
        isPublished: true,
        createdBy: street,
      }),
      drive(wanli, {
        name: '出租房“隐患清零”整治',
        kind: 'down_to_zero',
        unitCode: 'hazards',
        unitLabel: '处隐患',
        target: 0,
        baseline: 186,
        startsOn: hazardsStart,
        endsOn: addDays(today, 9),
        leadUnit: '湾里社区居委会',
        isPublished: true,
        createdBy: street,
      }),
      drive(fudong, {
        name: '党员入户走访',
        kind: 'count_up',
        unitCode: 'households',
        unitLabel: '户',
        target: 500,
        startsOn: visitsStart,
        endsOn: addDays(today, 11),
        leadUnit: '府东社区党委',
        isPublished: false,
        createdBy: community,
      }),
    ])
    .returning({ id: campaign.id });
  if (!vaccination || !hazards || !visits) {
    return;
  }
  const tally = (cid: string, p: Place, day: string, count: number, by: string | null, name: string) => ({
    districtId: p.districtId,
    campaignId: cid,
    placeId: p.id,
    placePath: p.path,
    day,
    count,
    enteredBy: by,
    enteredByName: name,
    createdAt: s.now,
    updatedAt: s.now,
  });
  await tx.insert(campaignTally).values([
    ...VACCINATION_DAILY.map((n, i) =>
      tally(vaccination.id, town, addDays(`${year}-04-01`, i), n, street, '吴海燕'),
    ),
    ...HAZARDS_REMAINING.map(([d, n]) =>
      tally(hazards.id, wanli, addDays(hazardsStart, d), n, street, '吴海燕'),
    ),
    ...VISITS.flatMap(([d, name, n]) => {
      const p = s.byNames.get(`武进区/湖塘镇/府东社区/${name}`);
      return p ? [tally(visits.id, p, addDays(visitsStart, d), n, grid, '郑雅琴')] : [];
    }),
  ]);
}
