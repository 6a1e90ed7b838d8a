import { randomUUID } from 'node:crypto';
import type { StationKind } from '../../shared/roles';
import type { OpeningSpan, RoomKind } from '../../shared/stations';
import type { Tx } from '../db/client';
import { roomBooking, type station, type stationRoom } from '../db/schema';
import type { Vault } from '../platform/crypto';
import { dayIn, instantAt, nextDay } from '../platform/time-zone';

// The demo region's stations (BRIEF §4, seeds 000 and 003): a 新时代文明实践所 and a 党群服务中心 on every
// street, a 实践站 on every community under its street's 所, 席井村党群服务站 under 湖塘镇's 党群服务中心, a 实践点
// on 府东花园 under 府东社区's 站; function rooms with weekday hours, and bookings this week and next.

type Place = { id: string; path: string; name: string; level: string };
type RoomSpec = { name: string; kind: RoomKind; capacity?: number; hours: OpeningSpan[] };
type StationSpec = { kind: StationKind; suffix: string; rooms: RoomSpec[]; openingHours: string };

const span = (days: number[], opens: string, closes: string) =>
  days.map((weekday) => ({ weekday, opens, closes }));
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const OFFICE = span(WEEKDAYS, '08:30', '17:30');
const TWO_SHIFTS = [...span(EVERY_DAY, '08:30', '11:30'), ...span(EVERY_DAY, '14:00', '17:30')];

const STREET_STATIONS: StationSpec[] = [
  {
    kind: 'civilization_institute',
    suffix: '新时代文明实践所',
    openingHours: '周一至周五 8:30-17:30',
    rooms: [
      { name: '百姓课堂', kind: 'classroom', capacity: 60, hours: OFFICE },
      { name: '志愿服务室', kind: 'volunteer', capacity: 20, hours: OFFICE },
    ],
  },
  {
    kind: 'party_service_center',
    suffix: '党群服务中心',
    openingHours: '周一至周五 8:30-17:30',
    rooms: [
      { name: '议事厅', kind: 'meeting', capacity: 40, hours: OFFICE },
      {
        name: '多功能活动室',
        kind: 'activity',
        capacity: 80,
        hours: [...OFFICE, ...span([6], '09:00', '16:00')],
      },
    ],
  },
];
const COMMUNITY_STATION: StationSpec = {
  kind: 'civilization_station',
  suffix: '新时代文明实践站',
  openingHours: '周一至周五 8:30-17:30，周二、周四晚 19:00-21:00',
  rooms: [
    {
      name: '活动室',
      kind: 'activity',
      capacity: 30,
      hours: [...OFFICE, ...span([2, 4], '19:00', '21:00')],
    },
    { name: '阅览室', kind: 'reading', capacity: 20, hours: OFFICE },
  ],
};
/** 席井村党群服务站 and its rooms as seed 003 names them. */
const XIJING: StationSpec = {
  kind: 'party_service_station',
  suffix: '党群服务站',
  openingHours: '每天 8:30-11:30、14:00-17:30',
  rooms: [
    { name: '阅览室', kind: 'reading', capacity: 20, hours: TWO_SHIFTS },
    { name: '活动室', kind: 'activity', capacity: 40, hours: TWO_SHIFTS },
    { name: '心理咨询室', kind: 'counselling', capacity: 4, hours: span([2, 4], '14:00', '17:00') },
    { name: '康养服务室', kind: 'care', capacity: 10, hours: TWO_SHIFTS },
    { name: '便民服务空间', kind: 'service_space', capacity: 10, hours: TWO_SHIFTS },
    { name: '村史馆', kind: 'village_history', capacity: 30, hours: span(EVERY_DAY, '09:00', '16:30') },
  ],
};

type StationInsert = typeof station.$inferInsert & { id: string; placePath: string };

export type DemoStations = { stations: StationInsert[]; rooms: (typeof stationRoom.$inferInsert)[] };

/** The stations and rooms of the demo places (inserted by the caller, parents before children). */
export function buildDemoStations(places: Place[], vault: Vault): DemoStations {
  const stations: StationInsert[] = [];
  const rooms: (typeof stationRoom.$inferInsert)[] = [];
  const byPath = new Map(places.map((p) => [p.path, p]));
  const streetInstitute = new Map<string, string>();
  const streetCentre = new Map<string, string>();
  const communityStation = new Map<string, string>();
  const add = (
    p: Place,
    spec: StationSpec,
    name: string,
    parentId: string | null,
    contact?: [string, string],
  ) => {
    const id = randomUUID();
    stations.push({
      id,
      placeId: p.id,
      placePath: p.path,
      kind: spec.kind,
      name,
      parentId,
      openingHours: spec.openingHours,
      contactName: contact?.[0] ?? null,
      phoneEnc: contact ? vault.encrypt(contact[1]) : null,
    });
    for (const [sort, r] of spec.rooms.entries()) {
      rooms.push({
        ...r,
        id: randomUUID(),
        capacity: r.capacity ?? null,
        stationId: id,
        placePath: p.path,
        sort,
      });
    }
    return id;
  };
  for (const p of places) {
    const parentPath = p.path.split('.').slice(0, -1).join('.');
    if (p.level === 'street') {
      const [institute, centre] = STREET_STATIONS;
      if (institute && centre) {
        streetInstitute.set(
          p.path,
          add(p, institute, `${p.name}${institute.suffix}`, null, ['周建华', '13951230001']),
        );
        streetCentre.set(
          p.path,
          add(p, centre, `${p.name}${centre.suffix}`, null, ['钱丽芳', '13951230002']),
        );
      }
    } else if (p.level === 'community') {
      const parent = streetInstitute.get(parentPath) ?? null;
      communityStation.set(
        p.path,
        add(p, COMMUNITY_STATION, `${p.name}${COMMUNITY_STATION.suffix}`, parent, ['沈晓梅', '13861230003']),
      );
      if (p.name === '席井村') {
        add(p, XIJING, `${p.name}${XIJING.suffix}`, streetCentre.get(parentPath) ?? null, [
          '吴国平',
          '13861230004',
        ]);
      }
      if (p.name === '府东社区') {
        add(
          p,
          {
            kind: 'red_post',
            suffix: '',
            openingHours: '每天 7:00-19:00',
            rooms: [{ name: '休息区', kind: 'rest', hours: span(EVERY_DAY, '07:00', '19:00') }],
          },
          '府东社区红色驿站',
          communityStation.get(p.path) ?? null,
        );
      }
    } else if (p.level === 'compound' && p.name === '府东花园') {
      const community = byPath.get(parentPath);
      add(
        p,
        {
          kind: 'civilization_point',
          suffix: '',
          openingHours: '每天 8:00-20:00',
          rooms: [
            { name: '睦邻客厅', kind: 'activity', capacity: 15, hours: span(EVERY_DAY, '08:00', '20:00') },
          ],
        },
        '府东花园新时代文明实践点',
        community ? (communityStation.get(community.path) ?? null) : null,
        ['陆小军', '13861230005'],
      );
    }
  }
  return { stations, rooms };
}

const BOOKINGS: {
  station: string;
  room: string;
  inDays: number;
  from: number;
  hours: number;
  purpose: string;
}[] = [
  {
    station: '府东社区新时代文明实践站',
    room: '活动室',
    inDays: 1,
    from: 9,
    hours: 2,
    purpose: '老年学校 合唱排练',
  },
  {
    station: '府东社区新时代文明实践站',
    room: '活动室',
    inDays: 1,
    from: 14,
    hours: 1.5,
    purpose: '防诈骗宣讲',
  },
  {
    station: '府东社区新时代文明实践站',
    room: '阅览室',
    inDays: 2,
    from: 9.5,
    hours: 2,
    purpose: '亲子共读',
  },
  {
    station: '府东社区新时代文明实践站',
    room: '活动室',
    inDays: 3,
    from: 15,
    hours: 2,
    purpose: '楼道长例会',
  },
  {
    station: '府东社区新时代文明实践站',
    room: '活动室',
    inDays: 8,
    from: 9,
    hours: 3,
    purpose: '义诊进社区',
  },
  { station: '席井村党群服务站', room: '村史馆', inDays: 2, from: 9, hours: 2, purpose: '小学生参观村史馆' },
  {
    station: '席井村党群服务站',
    room: '心理咨询室',
    inDays: 9,
    from: 14,
    hours: 1,
    purpose: '心理咨询（预约）',
  },
];

/**
 * A few bookings this week and next, each moved to the next day the room is open so that the rules hold for
 * demo rows too (the seed writes as trusted code, past the service's checks).
 */
export async function seedDemoBookings(
  tx: Tx,
  vault: Vault,
  built: DemoStations,
  bookedBy: string | null,
  now: Date,
  zone: string,
) {
  const today = dayIn(zone, now);
  for (const b of BOOKINGS) {
    const s = built.stations.find((x) => x.name === b.station);
    const room = built.rooms.find((r) => r.stationId === s?.id && r.name === b.room);
    if (!s || !room?.id) {
      continue;
    }
    let day = today;
    for (let i = 0; i < b.inDays; i++) {
      day = nextDay(day);
    }
    const hh = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${h % 1 ? '30' : '00'}`;
    for (let tries = 0; tries < 7; tries++, day = nextDay(day)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
      const fits = room.hours.some(
        (h) => h.weekday === weekday && h.opens <= hh(b.from) && hh(b.from + b.hours) <= h.closes,
      );
      if (fits) {
        await tx.insert(roomBooking).values({
          roomId: room.id,
          stationId: s.id,
          placePath: s.placePath,
          startsAt: new Date(instantAt(zone, day, b.from)),
          endsAt: new Date(instantAt(zone, day, b.from + b.hours)),
          purpose: b.purpose,
          bookedBy,
          contactName: '沈晓梅',
          phoneEnc: vault.encrypt('13861230003'),
        });
        break;
      }
    }
  }
}
