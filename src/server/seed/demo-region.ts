import type { ResidentGroup } from '../../shared/accounts';
import type { Bounds } from '../../shared/places';
import type { UnitKind } from '../../shared/roles';

/**
 * The demo region, after the places in shared/seeds/ (湖塘镇's communities, 华龙区's streets, 淝河镇 席井村,
 * the 城乡一体化示范区). Compound, grid and building names are invented, as are all people.
 */
export type CommunitySpec = { name: string; compounds?: string[] };
export type StreetSpec = { name: string; communities: CommunitySpec[] };
/** `bounds`: roughly the district's box, so that an Open311 report from far away is refused. */
export type DistrictSpec = { code: string; name: string; bounds: Bounds; streets: StreetSpec[] };

export const DEMO_DISTRICTS: DistrictSpec[] = [
  {
    code: '320412',
    bounds: { south: 31.4, west: 119.6, north: 31.9, east: 120.25 },
    name: '武进区',
    streets: [
      {
        name: '湖塘镇',
        communities: [
          { name: '府东社区', compounds: ['府东花园', '东方名苑', '延政新村'] },
          { name: '晓柳社区' },
          { name: '永定社区' },
          { name: '中凉社区' },
          { name: '湾里社区' },
          { name: '丰乐社区' },
          { name: '长安蒋湾社区' },
        ],
      },
      { name: '南夏墅街道', communities: [{ name: '夏城社区' }, { name: '南湖社区' }, { name: '大通社区' }] },
    ],
  },
  {
    code: '410902',
    bounds: { south: 35.65, west: 114.85, north: 35.9, east: 115.2 },
    name: '华龙区',
    streets: [
      { name: '孟轲乡', communities: [{ name: '孟轲村' }, { name: '东营村' }] },
      { name: '黄河路街道', communities: [{ name: '黄河社区' }, { name: '建设社区' }] },
      { name: '胜利路街道', communities: [{ name: '惠民社区' }, { name: '胜利社区' }] },
      { name: '大庆路街道', communities: [{ name: '都市花园社区' }, { name: '油田社区' }] },
      { name: '长庆路街道', communities: [{ name: '康平社区' }] },
      { name: '岳村镇', communities: [{ name: '瓦岗村' }] },
    ],
  },
  {
    code: '340111',
    bounds: { south: 31.6, west: 117.2, north: 31.9, east: 117.6 },
    name: '包河区',
    streets: [
      { name: '淝河镇', communities: [{ name: '席井村', compounds: ['川海花园', '锦绣龙川', '时代领峯'] }] },
    ],
  },
  {
    code: '410971',
    bounds: { south: 35.6, west: 114.95, north: 35.8, east: 115.25 },
    name: '城乡一体化示范区',
    streets: [
      { name: '梁苑街道', communities: [{ name: '梁苑社区' }] },
      { name: '金耀街道', communities: [{ name: '金耀社区' }] },
    ],
  },
];

/** Compound names for communities without named ones: the community's first characters plus these. */
export const COMPOUND_SUFFIXES = ['花园', '新村', '嘉苑'];
export const GRIDS_PER_COMPOUND = 2;
export const BUILDINGS_PER_GRID = 3;

export const DISTRICT_UNITS: { kind: UnitKind; suffix: string }[] = [
  { kind: 'department', suffix: '交通运输局' },
  { kind: 'department', suffix: '住房和城乡建设局' },
  { kind: 'department', suffix: '城市管理局' },
  { kind: 'department', suffix: '民政局' },
  { kind: 'department', suffix: '卫生健康委员会' },
];
export const STREET_UNITS: { kind: UnitKind; suffix: string }[] = [
  { kind: 'party_org', suffix: '党工委' },
  { kind: 'department', suffix: '综合行政执法队' },
  { kind: 'property_company', suffix: '红色物业服务中心' },
];
export const COMMUNITY_UNITS: { kind: UnitKind; suffix: string }[] = [
  { kind: 'party_org', suffix: '党支部' },
];
/**
 * Volunteer teams of 府东社区: the demo `volunteer` is in the first and the last (the haircut team, whose
 * service menu offers 免费理发). Their brands, skills and leaders are in demo-volunteers.ts.
 */
export const FUDONG_TEAMS = [
  '法治科普志愿队',
  '应急救护宣传志愿队',
  '蓝衣天使志愿服务队',
  '红马甲便民理发志愿队',
];

export const DEMO_PASSWORD = 'Lianxin@2026';

/** Where each demo account sits; `place` is a path of names from the district down. */
export type DemoAccount = {
  username: string;
  displayName: string;
  roles: string[];
  kind: 'staff' | 'resident';
  place: string[] | null;
  units?: string[];
  phone?: string;
  /** Residents: the groups the community recorded (一老一小). */
  groups?: ResidentGroup[];
  description: string;
};

const FUDONG = ['武进区', '湖塘镇', '府东社区'];
const HUIMIN = ['华龙区', '胜利路街道', '惠民社区'];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    roles: ['sysadmin'],
    kind: 'staff',
    place: null,
    description: 'system administrator (accounts, places, configuration)',
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    roles: ['secadmin'],
    kind: 'staff',
    place: null,
    description: 'security administrator (security policy)',
  },
  {
    username: 'auditor',
    displayName: '审计管理员',
    roles: ['auditor'],
    kind: 'staff',
    place: null,
    description: 'audit administrator (reads the audit trail)',
  },
  {
    username: 'leader',
    displayName: '周立新',
    roles: ['leader'],
    kind: 'staff',
    place: ['武进区'],
    phone: '13912340001',
    description: 'district leader, 武进区',
  },
  {
    username: 'street',
    displayName: '吴海燕',
    roles: ['street_admin'],
    kind: 'staff',
    place: ['武进区', '湖塘镇'],
    phone: '13912340002',
    description: 'street office, 湖塘镇',
  },
  {
    username: 'community',
    displayName: '陈晓岚',
    roles: ['community_staff'],
    kind: 'staff',
    place: FUDONG,
    phone: '13912340003',
    description: 'community office, 湖塘镇 府东社区',
  },
  {
    username: 'community2',
    displayName: '孙志远',
    roles: ['community_staff'],
    kind: 'staff',
    place: HUIMIN,
    phone: '13912340004',
    description: 'community office, 华龙区 胜利路街道 惠民社区',
  },
  {
    username: 'handler',
    displayName: '钱明华',
    roles: ['handler'],
    kind: 'staff',
    place: ['武进区', '湖塘镇'],
    units: ['湖塘镇综合行政执法队'],
    phone: '13912340005',
    description: 'handler, 湖塘镇综合行政执法队',
  },
  {
    username: 'grid',
    displayName: '郑雅琴',
    roles: ['grid_worker'],
    kind: 'staff',
    place: [...FUDONG, '府东花园', '第一网格'],
    phone: '13912340006',
    description: 'grid worker, 府东花园 第一网格',
  },
  {
    username: 'volunteer',
    displayName: '冯国栋',
    roles: ['volunteer'],
    kind: 'staff',
    place: FUDONG,
    units: ['府东社区法治科普志愿队', '府东社区红马甲便民理发志愿队'],
    phone: '13912340007',
    description: 'volunteer and party member, 府东社区法治科普志愿队 and 红马甲便民理发志愿队 (leads both)',
  },
  {
    username: 'resident',
    displayName: '何秀英',
    roles: ['resident'],
    kind: 'resident',
    place: [...FUDONG, '府东花园', '第一网格', '1栋'],
    phone: '13800000001',
    groups: ['elderly'],
    description: 'resident of 府东花园 1栋, recorded as elderly (also signs in with 13800000001)',
  },
  {
    username: 'resident2',
    displayName: '许文博',
    roles: ['resident'],
    kind: 'resident',
    place: [...HUIMIN, '惠民花园', '第一网格', '1栋'],
    phone: '13800000002',
    description: 'resident of 惠民社区 (also signs in with 13800000002)',
  },
];
