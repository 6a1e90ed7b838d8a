import { Select, type SelectProps, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/places';
import { type RoutedUnit, useDispatchSuggestion } from '../../modules/routing/api';
import type { TicketDetail } from '../../modules/tickets/api';
import { useServingUnits } from '../../modules/units/api';
import { useSignedIn } from '../shell/gates';

type Props = {
  /** Units serving this place (on it, above or below it); the caller's own area when absent. */
  placeId?: string | null;
  /** Units the routing catalogue names, offered first and marked so; the first is the main handler (主办). */
  suggested?: readonly RoutedUnit[];
  /** Whether the first suggested unit is the main handler (one ticket's rule), not just one of them. */
  hasMain?: boolean;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
};

/**
 * Picks the unit a ticket is dispatched to (派单): searchable by name, with the place it sits on; the routing
 * catalogue's units first (目录推荐), then every other unit serving the place.
 */
export function UnitSelect({ placeId, suggested = [], hasMain = false, value, onChange, id }: Props) {
  const { t } = useTranslation(['tickets', 'routing']);
  const { t: tc } = useTranslation();
  const units = useServingUnits(placeId);
  const first = new Set(suggested.map((u) => u.id));
  const option = (u: Pick<Unit, 'id' | 'name' | 'kind' | 'placeName'>, mark?: string) => ({
    value: u.id,
    search: `${u.name} ${u.placeName}`,
    label: (
      <span>
        {mark ? (
          <Tag color="blue" bordered={false} style={{ marginInlineEnd: 6 }}>
            {mark}
          </Tag>
        ) : null}
        {u.name}
        <span style={{ color: '#8c8c8c', marginLeft: 8 }}>
          {tc(`unitKinds.${u.kind}`)} · {u.placeName}
        </span>
      </span>
    ),
  });
  const others = (units.data ?? []).filter((u) => !first.has(u.id)).map((u) => option(u));
  const options: SelectProps['options'] =
    suggested.length === 0
      ? others
      : [
          {
            label: t('routing:suggested'),
            options: suggested.map((u, i) =>
              option(u, hasMain && i === 0 ? t('routing:main') : t('routing:suggested')),
            ),
          },
          { label: t('routing:others'), options: others },
        ];
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'search' }}
      loading={units.isLoading}
      placeholder={t('tickets:office.actionForm.unitHint')}
      notFoundContent={units.isLoading ? undefined : t('tickets:office.actionForm.noUnits')}
      options={options}
    />
  );
}

/**
 * The single dispatch's unit: the catalogue's units for this ticket first, its main handler preselected once
 * (the office may still pick another), and a line saying which rule suggested them — or that none covers it.
 */
export function TicketUnitSelect({
  ticket,
  ...field
}: {
  ticket: TicketDetail;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
}) {
  const { t } = useTranslation('routing');
  const me = useSignedIn();
  const canAsk = me.permissions.includes('routing.dispatch');
  const suggestion = useDispatchSuggestion(ticket.id, canAsk);
  const units = suggestion.data?.units ?? [];
  const main = units[0]?.id;
  const isPreselected = useRef(false);
  const { value, onChange } = field;
  useEffect(() => {
    if (main && !isPreselected.current && value === undefined) {
      isPreselected.current = true;
      onChange?.(main);
    }
  }, [main, value, onChange]);
  const rule = suggestion.data?.rule;
  return (
    <>
      <UnitSelect {...field} placeId={ticket.placeId} suggested={units} hasMain />
      {canAsk && suggestion.data ? (
        <Typography.Text
          type="secondary"
          style={{ display: 'block', marginTop: 4 }}
          data-testid="routing-hint"
        >
          {rule
            ? t('suggestedBy', {
                rule: t('ruleName', { place: rule.placeName, category: rule.categoryName }),
              })
            : t('noRule')}
        </Typography.Text>
      ) : null}
    </>
  );
}
