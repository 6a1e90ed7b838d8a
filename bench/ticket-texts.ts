import type { Channel, TicketKind } from '../src/shared/tickets';

// What residents of the seed articles ask for (停车难, 路灯, 电梯, 电动车充电, 独居老人, 反诈, 生育登记, 微心愿 …), as
// templates: `{b}` is the building (府东花园3栋), `{c}` the compound (府东花园). Each has a few descriptions, so the
// search vectors repeat per building and can be cached while generating.
export type Matter = {
  kind: TicketKind;
  category: string;
  title: string;
  descriptions: string[];
  /** Relative frequency. */
  weight: number;
};

export const MATTERS: Matter[] = [
  {
    kind: 'problem',
    category: 'facility.light',
    weight: 6,
    title: '{b}门口路灯不亮',
    descriptions: [
      '已经一周了，晚上很黑，老人出门不方便。',
      '路灯时亮时灭，晚上回家看不清路。',
      '楼下两盏路灯都坏了，孩子晚上放学不安全。',
    ],
  },
  {
    kind: 'problem',
    category: 'facility.light',
    weight: 3,
    title: '{c}楼道声控灯坏了',
    descriptions: [
      '楼道里黑漆漆的，上下楼要打手机电筒。',
      '声控灯不灵，拍手也不亮。',
      '三楼到五楼的灯都不亮了。',
    ],
  },
  {
    kind: 'problem',
    category: 'traffic.parking',
    weight: 7,
    title: '{c}停车难，晚上车位不够',
    descriptions: [
      '下班回来经常找不到车位，只能停在路边。',
      '外来车辆占用小区车位，业主没地方停。',
      '希望能规划一些临时停车位。',
    ],
  },
  {
    kind: 'problem',
    category: 'property.parking',
    weight: 4,
    title: '{c}消防通道被车辆占用',
    descriptions: [
      '早晚高峰电动车和汽车混停，消防通道被占。',
      '有车长期停在消防通道上，联系不到车主。',
      '救护车上次进不来，很危险。',
    ],
  },
  {
    kind: 'problem',
    category: 'property.lift',
    weight: 6,
    title: '{b}电梯经常停运',
    descriptions: [
      '电梯这个月停了三次，楼上老人上下楼困难。',
      '电梯运行时有异响，大家不敢坐。',
      '电梯按键失灵，经常停在半层。',
    ],
  },
  {
    kind: 'problem',
    category: 'safety.ebike',
    weight: 5,
    title: '{b}楼道里有人给电动车充电',
    descriptions: [
      '飞线充电很危险，希望安装集中充电桩。',
      '有住户把电动车推进楼道充电，存在消防隐患。',
      '晚上电线从窗户拉下来充电，怕起火。',
    ],
  },
  {
    kind: 'problem',
    category: 'city.garbage',
    weight: 5,
    title: '{c}垃圾清运不及时',
    descriptions: [
      '垃圾桶满了没人清，夏天气味很大。',
      '垃圾分类点的垃圾堆了两天没运走。',
      '大件垃圾一直堆在楼下，影响通行。',
    ],
  },
  {
    kind: 'problem',
    category: 'traffic.road',
    weight: 4,
    title: '{c}门口道路破损',
    descriptions: [
      '门口路面塌了一块，下雨积水，电动车容易摔。',
      '人行道地砖松动，老人走路容易绊倒。',
      '井盖缺了一角，晚上看不见很危险。',
    ],
  },
  {
    kind: 'problem',
    category: 'dispute.neighbour',
    weight: 3,
    title: '{b}楼上噪音扰民',
    descriptions: [
      '楼上深夜装修，多次沟通无果。',
      '楼上每天晚上十一点以后还在跳绳。',
      '邻居家狗整夜叫，影响休息。',
    ],
  },
  {
    kind: 'problem',
    category: 'facility.fitness',
    weight: 2,
    title: '{c}健身器材损坏',
    descriptions: [
      '广场上的健身器材松动，孩子玩有危险。',
      '单杠锈断了，一直没人修。',
      '跑步机坏了很久，希望更换。',
    ],
  },
  {
    kind: 'problem',
    category: 'city.stall',
    weight: 2,
    title: '{c}路口占道经营',
    descriptions: [
      '早市摊点占了人行道，行人只能走机动车道。',
      '夜市油烟大，噪音到半夜。',
      '流动摊贩堵住了小区出入口。',
    ],
  },
  {
    kind: 'problem',
    category: 'facility.utilities',
    weight: 4,
    title: '{b}停水没有提前通知',
    descriptions: [
      '今天一早就停水了，家里老人孩子没法做饭。',
      '水压太低，六楼以上基本没水。',
      '自来水发黄，有异味。',
    ],
  },
  {
    kind: 'problem',
    category: 'property.repair',
    weight: 4,
    title: '{b}屋顶漏水',
    descriptions: [
      '顶楼每次下雨都漏，墙皮都泡掉了。',
      '外墙渗水，卧室墙面发霉。',
      '楼道窗户玻璃碎了，下雨往里灌。',
    ],
  },
  {
    kind: 'problem',
    category: 'property.service',
    weight: 3,
    title: '{c}物业服务不到位',
    descriptions: [
      '保洁一周才打扫一次，楼道很脏。',
      '门禁坏了半个月，外来人员随便进出。',
      '绿化带杂草丛生，蚊子很多。',
    ],
  },
  {
    kind: 'problem',
    category: 'city.green',
    weight: 2,
    title: '{c}树枝遮挡窗户',
    descriptions: [
      '树长得太高，挡住了低楼层的采光。',
      '大风把树枝刮断了，挂在电线上。',
      '树上的毛毛虫掉得到处都是。',
    ],
  },
  {
    kind: 'problem',
    category: 'safety.fire',
    weight: 2,
    title: '{b}楼道堆放杂物',
    descriptions: [
      '楼道堆满了纸箱和旧家具，消防隐患大。',
      '有人在楼梯间堆放煤气罐。',
      '消防栓被杂物挡住了。',
    ],
  },
  {
    kind: 'problem',
    category: 'city.building',
    weight: 1,
    title: '{c}有人私搭乱建',
    descriptions: ['一楼住户在院子里搭了彩钢房。', '楼顶有人加盖了一层。', '绿地被圈起来种菜。'],
  },
  {
    kind: 'problem',
    category: 'traffic.bus',
    weight: 1,
    title: '{c}附近公交站太远',
    descriptions: [
      '最近的公交站要走二十分钟，老人出行不便。',
      '希望增加早晚高峰的班次。',
      '公交站没有候车亭，下雨没地方躲。',
    ],
  },
  {
    kind: 'problem',
    category: 'dispute.wages',
    weight: 1,
    title: '装修工人被拖欠工资',
    descriptions: [
      '在{c}干了三个月活，工头一直不给钱。',
      '包工头跑了，十几个工人的工资没着落。',
      '老板说年底结，已经过年了还没给。',
    ],
  },
  {
    kind: 'problem',
    category: 'health.public',
    weight: 1,
    title: '{c}老鼠蟑螂多',
    descriptions: [
      '垃圾站附近老鼠成群，希望统一消杀。',
      '地下室积水发臭，蚊虫很多。',
      '楼下餐馆后厨卫生差，招老鼠。',
    ],
  },
  {
    kind: 'suggestion',
    category: 'elderly.meals',
    weight: 2,
    title: '建议{c}增设老年助餐点',
    descriptions: [
      '附近老人多，吃饭不方便，希望能有助餐点。',
      '独居老人做饭困难，希望有送餐服务。',
      '希望助餐点能提供低盐低糖的饭菜。',
    ],
  },
  {
    kind: 'suggestion',
    category: 'facility.access',
    weight: 2,
    title: '建议{b}加装扶手和坡道',
    descriptions: [
      '楼梯没有扶手，老人上下楼不安全。',
      '单元门口台阶高，轮椅推不上去。',
      '希望老旧楼栋加装电梯。',
    ],
  },
  {
    kind: 'suggestion',
    category: 'education.safety',
    weight: 1,
    title: '建议学校门口增设护学岗',
    descriptions: [
      '放学时段车多人多，孩子过马路危险。',
      '希望上下学时段有志愿者护学。',
      '学校门口缺少减速带。',
    ],
  },
  {
    kind: 'consultation',
    category: 'policy.fraud',
    weight: 2,
    title: '反诈APP怎么下载',
    descriptions: [
      '想给父母装反诈APP，不知道怎么操作。',
      '儿子让我装，但我不会弄。',
      '接到可疑电话，想问问怎么举报。',
    ],
  },
  {
    kind: 'consultation',
    category: 'policy.papers',
    weight: 2,
    title: '生育登记怎么办理',
    descriptions: ['需要带哪些材料，去哪里办？', '户口不在本地可以办吗？', '网上能不能办理？'],
  },
  {
    kind: 'consultation',
    category: 'policy.benefits',
    weight: 2,
    title: '独生子女扶助金要哪些材料',
    descriptions: [
      '父母年满60岁，想申请扶助金。',
      '之前申请过一次没通过，想问问原因。',
      '扶助金每年什么时候发放？',
    ],
  },
  {
    kind: 'consultation',
    category: 'security.insurance',
    weight: 2,
    title: '城乡居民医保怎么缴费',
    descriptions: ['今年的医保缴费截止到什么时候？', '老人在外地住院怎么报销？', '灵活就业人员怎么参保？'],
  },
  {
    kind: 'consultation',
    category: 'security.assistance',
    weight: 1,
    title: '低保申请需要什么条件',
    descriptions: [
      '家里老人生病，收入很低，想了解低保政策。',
      '申请低保要准备哪些材料？',
      '低保多久复核一次？',
    ],
  },
  {
    kind: 'consultation',
    category: 'health.vaccine',
    weight: 1,
    title: '老年人疫苗接种预约',
    descriptions: ['社区卫生服务站哪天可以接种？', '需要带身份证吗？', '行动不便能不能上门接种？'],
  },
  {
    kind: 'wish',
    category: 'wish.company',
    weight: 2,
    title: '希望有人陪{c}的独居老人聊聊天',
    descriptions: [
      '独居老人，子女在外地，想有人每周来看看。',
      '老人腿脚不便，想请人陪着去医院复查。',
      '老人想学用智能手机和子女视频。',
    ],
  },
  {
    kind: 'wish',
    category: 'wish.study',
    weight: 2,
    title: '孩子想要一套课外书',
    descriptions: ['困难家庭，孩子喜欢读书。', '孩子上四年级，喜欢看科普书。', '想要一个新书包和文具。'],
  },
  {
    kind: 'wish',
    category: 'wish.goods',
    weight: 1,
    title: '希望得到一台旧电风扇',
    descriptions: ['家里电扇坏了，夏天太热。', '老人想要一床厚被子过冬。', '想要一辆旧自行车上班用。'],
  },
  {
    kind: 'service',
    category: 'service.haircut',
    weight: 1,
    title: '预约上门理发',
    descriptions: ['老人卧床，想请志愿者上门理发。', '想参加社区的免费理发服务。', '希望每月来一次。'],
  },
  {
    kind: 'service',
    category: 'service.repair',
    weight: 1,
    title: '家电维修服务',
    descriptions: ['洗衣机不脱水，想请志愿者看看。', '电视没有信号，老人不会弄。', '燃气灶打不着火。'],
  },
  {
    kind: 'service',
    category: 'service.errand',
    weight: 1,
    title: '代购药品',
    descriptions: ['老人行动不便，想请人帮忙去药店买药。', '需要代办老年证。', '想请人帮忙交水电费。'],
  },
];

/** Where tickets come from (BRIEF §3), weighted like a community office's year. */
export const CHANNEL_WEIGHTS: [Channel, number][] = [
  ['hotline', 30],
  ['external', 20],
  ['grid_visit', 20],
  ['service_desk', 8],
  ['wish_card', 5],
  ['collection_box', 4],
  ['meeting', 5],
  ['reception', 4],
  ['survey', 4],
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const FORMS = ['先生', '女士', '阿姨', '大爷', '奶奶', '师傅', '老师'];

export function callerName(pick: <T>(items: readonly T[]) => T): string {
  return `${pick([...SURNAMES])}${pick(FORMS)}`;
}

export const NOTES = {
  reject: [
    '不属于本社区受理范围，已告知来电人向相关部门反映。',
    '反映内容属于民事纠纷，已引导通过司法途径解决。',
  ],
  explained: ['涉及规划调整，暂无法解决，已向居民当面解释。', '已纳入明年民生实事项目清单，已向居民解释。'],
  progress: [
    '已到现场查看，正在协调处理。',
    '已联系施工单位，材料到位后施工。',
    '已约谈物业公司，限期整改。',
  ],
  resolve: ['已处理完毕，现场拍照留存。', '已更换损坏部件，恢复正常使用。', '已协调相关部门解决，居民认可。'],
  answer: ['已电话解答，并发送了办事指南。', '已当面解答，告知所需材料和办理地点。'],
  wish: ['心愿已送到，老人很高兴。', '志愿者已上门服务。'],
  returned: ['不属于本单位职责，请重新派单。'],
  escalate: ['涉及多个部门，社区无法协调，上报街道研判。'],
  extend: ['需要采购材料，申请延期。'],
  unsatisfied: ['问题没有彻底解决。', '处理太慢，效果不好。'],
  rework: ['返工处理，已彻底解决。'],
};
