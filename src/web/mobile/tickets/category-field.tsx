import { Selector } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketKind } from '../../../shared/tickets';
import { type Category, useCategories } from '../../modules/tickets/api';
import { useElderly } from '../elderly';
import { ErrorState, LoadingState } from '../ui/states';

/** Categories made for the kind; unless `strict`, also the general ones (those naming no kind). */
export const fitsKind = (c: Category, kind: TicketKind, strict = false) =>
  c.kinds.includes(kind) || (!strict && c.kinds.length === 0);

/**
 * The two-level category as two rows of buttons (no wheel picker: easier for older hands). The value is the
 * second-level category; choosing one is optional, the office corrects it at intake. Where only one group
 * fits (a wish's), its items show at once: one tap, not two.
 */
export function CategoryField({
  kind,
  strict = false,
  value,
  onChange,
}: {
  kind: TicketKind;
  /** Only the categories made for this kind, not the general ones. */
  strict?: boolean;
  value?: string;
  onChange?: (id: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation('tickets');
  const categories = useCategories();
  // English names are longer than two or four characters: two to a row, as in elderly mode.
  const columns = useElderly() || i18n.language === 'en-US' ? 2 : 3;
  const all = categories.data ?? [];
  const selected = all.find((c) => c.id === value);
  const [groupId, setGroupId] = useState<string | undefined>(selected?.parentId ?? undefined);
  useEffect(() => {
    if (selected?.parentId) {
      setGroupId(selected.parentId);
    }
  }, [selected?.parentId]);
  if (categories.isPending) {
    return <LoadingState rows={1} />;
  }
  if (categories.isError) {
    return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  }
  const groups = all.filter((c) => c.parentId === null && fitsKind(c, kind, strict));
  const only = groups.length === 1 ? groups[0] : undefined;
  const shownGroup = only?.id ?? groupId;
  const items = (label: string) => (
    <Selector
      aria-label={label}
      columns={columns}
      showCheckMark={false}
      value={value ? [value] : []}
      onChange={(v) => onChange?.(v[0])}
      options={all
        .filter((c) => c.parentId === shownGroup && fitsKind(c, kind, strict))
        .map((c) => ({ value: c.id, label: c.name }))}
    />
  );
  if (only) {
    return <div className="lx-category">{items(only.name)}</div>;
  }
  return (
    <div className="lx-category">
      <Selector
        aria-label={t('phone.submit.categoryGroup')}
        columns={columns}
        showCheckMark={false}
        value={groupId ? [groupId] : []}
        onChange={(v) => {
          setGroupId(v[0]);
          onChange?.(undefined);
        }}
        options={groups.map((c) => ({ value: c.id, label: c.name }))}
      />
      {groupId ? (
        <>
          <div className="lx-muted lx-category-sub">{t('phone.submit.categoryItem')}</div>
          {items(t('phone.submit.categoryItem'))}
        </>
      ) : null}
    </div>
  );
}
