import { useTranslation } from 'react-i18next';
import { calendarImport } from '../../modules/config/api';
import { WorkbookImportModal } from '../exchange/import-modal';

type Props = { year: number; onClose: () => void; onImported: () => void };

/** Replaces a year from a workbook (日期, 是否上班, 名称): all or nothing, bad rows listed one by one. */
export function CalendarImportModal({ year, ...closing }: Props) {
  const { t } = useTranslation(['console', 'config']);
  return (
    <WorkbookImportModal
      {...closing}
      target={calendarImport(year)}
      title={t('config:calendar.importTitle', { year })}
      hint={t('config:calendar.importHint', { year })}
      startLabel={t('config:calendar.importReplace', { year })}
      replaces
      columnName={(code) => t(`config:calendar.columns.${code}`, { defaultValue: code })}
      importedTitle={(count) => t('config:calendar.imported', { count, year })}
    />
  );
}
