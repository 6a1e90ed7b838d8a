import type { Locale } from './messages';

/**
 * What a request field is called when a message names it ("标题最多 100 个字", "Please choose the place"): one
 * dictionary for the whole API, keyed by the field's own name (the last part of its path, so `body.rows.3.name`
 * is `name`). A name means the same thing in every endpoint that uses it, so it has one label. The test
 * field-labels.test.ts walks the OpenAPI document and fails on a request field with no label here.
 * Open311 GeoReport fields are not here: that interface keeps the wording its clients already read.
 *
 * English labels are written as they read mid-sentence ("ID card number", "title"); a message that starts with
 * one capitalises its first letter.
 */
export type FieldLabel = Record<Locale, string> & {
  /** Chosen from a list rather than typed (a place, a kind, a switch): "请选择…" / "Please choose…". */
  isPicked?: true;
};

const picked = (zh: string, en: string): FieldLabel => ({ 'zh-CN': zh, 'en-US': en, isPicked: true });
const typed = (zh: string, en: string): FieldLabel => ({ 'zh-CN': zh, 'en-US': en });

export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  // Addresses, paging and search: every list and every record
  id: typed('编号', 'ID'),
  cursor: typed('翻页位置', 'page cursor'),
  limit: typed('每页条数', 'page size'),
  q: typed('搜索词', 'search text'),
  from: typed('开始时间', 'start'),
  to: typed('结束时间', 'end'),
  by: picked('分组方式', 'grouping'),
  // Names, codes and descriptions of the records offices keep
  name: typed('名称', 'name'),
  nameZh: typed('中文名称', 'Chinese name'),
  nameEn: typed('英文名称', 'English name'),
  code: typed('编码', 'code'),
  kind: picked('类型', 'type'),
  kinds: picked('适用类型', 'types'),
  status: picked('状态', 'status'),
  sort: typed('排序号', 'sort order'),
  description: typed('描述', 'description'),
  note: typed('备注', 'note'),
  address: typed('地址', 'address'),
  phone: typed('电话号码', 'phone number'),
  phones: picked('号码导出方式', 'how phone numbers are exported'),
  grids: picked('是否包含网格', 'whether grids are included'),
  isActive: picked('是否启用', 'active setting'),
  // The place tree, units and stations
  placeId: picked('地点', 'place'),
  parentId: picked('上级', 'parent'),
  under: picked('上级范围', 'area'),
  level: picked('层级', 'level'),
  bounds: typed('范围', 'bounds'),
  south: typed('南边界纬度', 'southern latitude'),
  north: typed('北边界纬度', 'northern latitude'),
  west: typed('西边界经度', 'western longitude'),
  east: typed('东边界经度', 'eastern longitude'),
  contactName: typed('联系人', 'contact name'),
  rooms: typed('活动室', 'rooms'),
  openingHours: typed('开放时间', 'opening hours'),
  // Accounts, sign-in and the resident's own settings
  username: typed('用户名', 'username'),
  password: typed('密码', 'password'),
  currentPassword: typed('当前密码', 'current password'),
  newPassword: typed('新密码', 'new password'),
  totp: typed('动态验证码', 'authenticator code'),
  displayName: typed('姓名', 'name'),
  idNumber: typed('身份证号', 'ID card number'),
  role: picked('角色', 'role'),
  roles: picked('角色', 'roles'),
  unitIds: picked('所属单位', 'units'),
  groups: picked('人群标签', 'groups'),
  homePlaceId: picked('住址', 'home'),
  purpose: picked('用途', 'purpose'),
  devOpenid: typed('微信 openid', 'WeChat openid'),
  sms: picked('短信通知', 'text-message notices'),
  wechat: picked('微信通知', 'WeChat notices'),
  unread: picked('只看未读', 'unread filter'),
  // Tickets and their moves
  title: typed('标题', 'title'),
  channel: picked('来源渠道', 'channel'),
  urgency: picked('紧急程度', 'urgency'),
  horizon: picked('整改类型', 'horizon'),
  categoryId: picked('分类', 'category'),
  lat: typed('纬度', 'latitude'),
  lng: typed('经度', 'longitude'),
  isAnonymous: picked('是否匿名', 'anonymity setting'),
  isPublic: picked('是否公开', 'public setting'),
  submitterName: typed('反映人姓名', "submitter's name"),
  submitterPhone: typed('反映人电话', "submitter's phone number"),
  action: picked('操作', 'action'),
  reason: typed('原因', 'reason'),
  result: typed('办理结果', 'result'),
  unitId: picked('承办单位', 'unit'),
  intoId: picked('合并到的工单', 'ticket to merge into'),
  rating: picked('评价', 'rating'),
  comment: typed('评价意见', 'comment'),
  outcome: picked('办结方式', 'outcome'),
  days: typed('天数', 'days'),
  minutes: typed('服务时长（分钟）', 'minutes spent'),
  promisedOn: picked('承诺完成日期', 'promised date'),
  thanksPublic: picked('公开致谢', 'public thank-you'),
  offeringId: picked('服务项目', 'service'),
  // The service menu and the service hours ledger
  audience: picked('服务对象', 'who may order'),
  schedule: typed('服务时间', 'when'),
  location: typed('服务地点', 'where'),
  volunteersNeeded: typed('所需志愿者人数', 'volunteers needed'),
  includeInactive: picked('含已下架', 'taken-off filter'),
  // Who accepts and dispatches service orders at a place, and asking suggested volunteers
  flow: picked('接单派单方式', 'service flow'),
  acceptedBy: picked('由谁接单', 'who accepts'),
  dispatch: picked('派单方式', 'how it is dispatched'),
  accountIds: picked('志愿者', 'volunteers'),
  accountId: picked('志愿者', 'volunteer'),
  entryIds: picked('服务时长记录', 'service-hours entries'),
  ids: picked('工单', 'tickets'),
  state: picked('状态', 'state'),
  queue: picked('工作队列', 'queue'),
  overdue: picked('只看超期', 'overdue filter'),
  text: typed('文字', 'text'),
  photoId: typed('照片编号', 'photo ID'),
  files: typed('照片', 'photos'),
  // Volunteers and their teams
  realName: typed('真实姓名', 'real name'),
  skills: typed('技能特长', 'skills'),
  availability: typed('可服务时间', 'availability'),
  isPartyMember: picked('是否党员', 'party membership'),
  partyBranch: typed('所在党支部', 'party branch'),
  partyWorkUnit: typed('工作单位', 'work unit'),
  serviceBrand: typed('服务品牌', 'service brand'),
  stationId: picked('阵地', 'station'),
  leaderId: picked('队长', 'team leader'),
  // Deadlines and the work calendar
  responseHours: typed('响应时限', 'response limit'),
  handleHours: typed('办结时限', 'handling limit'),
  isCalendarTime: picked('计时方式', 'timing'),
  year: typed('年份', 'year'),
  day: typed('日期', 'date'),
  isWorkday: picked('是否上班', 'workday setting'),
  // The security policy
  passwordMinLength: typed('密码最短长度', 'minimum password length'),
  passwordMinClasses: typed('密码字符种类数', 'character kinds in a password'),
  maxFailedLogins: typed('连续登录失败次数上限', 'failed sign-ins allowed'),
  lockMinutes: typed('锁定时长', 'lock time'),
  sessionIdleMinutes: typed('空闲超时', 'idle timeout'),
  totpRequiredRoles: picked('须用动态验证码的角色', 'roles that need an authenticator code'),
  // The audit log
  actorId: picked('操作人', 'actor'),
  targetType: typed('对象类型', 'target type'),
  targetId: typed('对象编号', 'target ID'),
  // Stations' rooms and their bookings
  hours: picked('开放时间', 'opening hours'),
  weekday: picked('星期', 'weekday'),
  opens: typed('开门时间', 'opens'),
  closes: typed('关门时间', 'closes'),
  closedOnHolidays: picked('节假日闭馆', 'closed on holidays'),
  active: picked('启用', 'in use'),
  roomId: picked('功能室', 'room'),
  bookingId: picked('预约', 'booking'),
  // Service record certificates
  number: typed('证明编号', 'certificate number'),
  // Activities (活动), their repetition, sign-ups and check-in
  startsAt: typed('开始时间', 'start time'),
  endsAt: typed('结束时间', 'end time'),
  capacity: typed('名额', 'places'),
  room: typed('功能室', 'room'),
  seriesId: picked('系列活动', 'series'),
  recurrence: picked('重复规则', 'repetition'),
  frequency: picked('重复方式', 'how it repeats'),
  interval: typed('间隔周数', 'weeks between'),
  monthDays: typed('每月日期', 'days of the month'),
  until: typed('截止日期', 'last day'),
  count: typed('场次', 'number of occurrences'),
  skipDates: typed('例外日期', 'dates left out'),
  summary: typed('活动小结', 'summary'),
  peopleServed: typed('服务人次', 'people served'),
  signupId: typed('报名编号', 'sign-up ID'),
  token: typed('签到码', 'check-in code'),
  // Volunteer figures, party reports and the honour roll
  month: picked('月份', 'month'),
  entries: picked('入选对象', 'chosen entries'),
  // Key projects (重点民生项目)
  asOf: typed('截至日期', 'as-of date'),
  category: picked('类别', 'category'),
  leadUnitId: picked('领办单位', 'lead unit'),
  startDate: typed('开始日期', 'start date'),
  endDate: typed('完成日期', 'end date'),
  coUnitIds: picked('协办单位', 'co-operating units'),
  ownerName: typed('责任人', 'person responsible'),
  ownerPhone: typed('责任人电话', "responsible person's phone"),
  budget: typed('预算（元）', 'budget in yuan'),
  target: typed('建设目标', 'target'),
  benefit: typed('预期效益', 'expected benefit'),
  internalNote: typed('内部备注', 'internal note'),
  weight: typed('权重', 'weight'),
  isPublished: picked('是否公开', 'published'),
  milestones: typed('任务节点', 'milestones'),
  plannedDate: typed('计划完成日期', 'planned date'),
  ticketId: picked('工单', 'ticket'),
  milestoneId: typed('任务节点编号', 'milestone ID'),
  progress: typed('完成进度', 'progress'),
  spent: typed('已支出（元）', 'yuan spent so far'),
  milestonesDone: picked('已完成节点', 'milestones done'),
  evidence: typed('佐证材料', 'evidence'),
  margins: typed('滞后阈值', 'margins'),
  behind: typed('滞后差距（百分点）', 'points behind'),
  seriouslyBehind: typed('严重滞后差距（百分点）', 'points seriously behind'),
  // Counted drives (专项行动) and rectification lists (整改清单)
  unitCode: picked('计数单位', 'unit of count'),
  unitLabel: typed('计数单位名称', 'unit name'),
  baseline: typed('起始数', 'starting count'),
  startsOn: typed('开始日期', 'start date'),
  endsOn: typed('结束日期', 'end date'),
  leadUnit: typed('牵头单位', 'lead unit'),
  isCorrection: picked('是否更正', 'correction'),
  period: typed('检视期间', 'period'),
  source: picked('问题来源', 'source'),
  ownerUnit: typed('责任单位', 'unit responsible'),
  // 述议评 and 督查 of key projects
  done: typed('主要工作', 'what was done'),
  problems: typed('存在问题', 'problems'),
  nextSteps: typed('下步打算', 'next steps'),
  points: typed('各项得分', 'points'),
  criteria: typed('评分细则', 'rubric criteria'),
  key: typed('评分项编码', 'criterion key'),
  maxPoints: typed('满分', 'maximum points'),
  body: typed('评论内容', 'comment'),
  choice: picked('评议结果', 'vote'),
  message: typed('督办事项', 'urge message'),
  answerBy: picked('答复期限', 'answer-by day'),
  answer: typed('答复内容', 'answer'),
  problemId: typed('问题编号', 'problem ID'),
  owner: typed('责任人', 'owner'),
  deadline: typed('整改时限', 'deadline'),
  measureId: typed('措施编号', 'measure ID'),
  // The 三个一 cadence (通报, 督促)
  projectId: typed('项目编号', 'project ID'),
  since: typed('起始日期', 'from'),
  // Excel import columns (exchange): the cells' own names
  placeCode: typed('所属地点编码', 'place code'),
  parentCode: typed('上级编码', 'parent code'),
  units: picked('所属单位', 'units'),
  // Selection of livelihood projects (民生实事票决) and monthly reviews (一月一调度)
  chooseCount: typed('票选数量', 'number to choose'),
  proposer: typed('提出人', 'proposed by'),
  candidateId: picked('候选项目', 'candidate'),
  candidateIds: picked('所选项目', 'chosen candidates'),
  winners: picked('当选项目', 'winners'),
  heldOn: typed('会议日期', 'meeting day'),
  attendees: typed('参会人员', 'attendees'),
  decisions: typed('议定事项', 'decisions'),
  tasks: typed('新增任务', 'new tasks'),
  detail: typed('说明', 'details'),
  roundId: picked('票决轮次', 'selection round'),
};

/** The field a dotted path names: its last part that is not a list index (`body.rows.3.name` → `name`). */
export function fieldOfPath(path: string): string | undefined {
  return path
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .at(-1);
}

/** The label of a field name, when the dictionary has one. */
export function fieldLabel(field: string | undefined): FieldLabel | undefined {
  return field !== undefined && Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined;
}
