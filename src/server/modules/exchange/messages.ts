import { registerMessages } from '../../platform/messages';

// Excel import messages in the platform's one table, registered as the module loads (its index.ts
// imports this file). Other modules may throw these keys too; the problem+json edge translates them.
registerMessages({
  import_bad_file: { 'zh-CN': '无法读取该 Excel 文件', 'en-US': 'This Excel file cannot be read' },
  import_rows_failed: {
    'zh-CN': '有 {count} 行有误，未导入任何数据',
    'en-US': '{count} rows have errors; nothing was imported',
  },
  import_missing_columns: {
    'zh-CN': '表格缺少必需的列：{columns}',
    'en-US': 'The sheet lacks required columns: {columns}',
  },
  import_no_rows: { 'zh-CN': '表格中没有数据行', 'en-US': 'The sheet has no rows' },
  import_too_many_rows: {
    'zh-CN': '一次最多导入 {max} 行',
    'en-US': 'At most {max} rows can be imported at once',
  },
  import_code_not_found: {
    'zh-CN': '找不到编码“{code}”，或不在您的管辖范围内',
    'en-US': 'No “{code}” in the area you serve',
  },
  import_name_not_found: {
    'zh-CN': '找不到“{name}”，或不在您的管辖范围内',
    'en-US': 'No “{name}” in the area you serve',
  },
  import_name_ambiguous: {
    'zh-CN': '“{name}”有多个同名项，请写上上级名称（如“湖塘镇/府东社区”）或填写编码',
    'en-US': 'Several match “{name}”: add the names above it (湖塘镇/府东社区) or give the code',
  },
  import_unit_not_serving: {
    'zh-CN': '找不到服务于该地点的单位“{name}”（须挂靠在该地点、其上级或下级）',
    'en-US': 'No unit “{name}” serves this place (it must sit on it, above it or below it)',
  },
  import_too_many_values: { 'zh-CN': '最多 {max} 个', 'en-US': 'At most {max}' },
  import_cycle: { 'zh-CN': '上级编码形成循环', 'en-US': 'The parent codes form a cycle' },
  import_depends_on: {
    'zh-CN': '依赖的第 {row} 行未能导入',
    'en-US': 'Row {row}, which this row needs, could not be imported',
  },
});
