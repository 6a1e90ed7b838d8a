import type { ThemeConfig } from 'antd';

/**
 * One warm primary (党群 red, 5.9 : 1 on white) used sparingly; the system Chinese fonts (DESIGN.md). Every text
 * colour keeps 4.5 : 1 on white and on its tag's tint (axe-core checks the console in the browser journeys):
 * antd's secondary gray (#8c8c8c, 3.4 : 1), placeholder gray (#bfbfbf, 1.8 : 1), its red, green, blue and
 * orange and the cyan and volcano tags are each a shade or two darker here.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#C8102E',
    colorLink: '#C8102E',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#767676',
    // Darker text colours; their tints stay antd's own (derived from these they would turn gray).
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorInfo: '#0958d9',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorWarning: '#8a5300',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    borderRadius: 6,
    fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { siderBg: '#001529', headerBg: '#ffffff', bodyBg: '#f0f2f5' },
    // A preset tag writes its 7th shade on its 1st; cyan's and volcano's are too light for that.
    Tag: { cyan7: '#006d75', volcano7: '#ad2102' },
  },
};
