import type { ThemeConfig } from 'antd';

/** One warm primary (党群 red, 5.9 : 1 on white) used sparingly; the system Chinese fonts (DESIGN.md). */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#C8102E',
    colorLink: '#C8102E',
    borderRadius: 6,
    fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { siderBg: '#001529', headerBg: '#ffffff', bodyBg: '#f0f2f5' },
  },
};
