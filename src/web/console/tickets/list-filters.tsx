import { Cascader, Checkbox, DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { CHANNELS, TICKET_KINDS, TICKET_STATES, type TicketKind } from '../../../shared/tickets';
import { type Category, type TicketFilters, useCategories } from '../../modules/tickets/api';
import { QueryForm } from '../../ui/query-form';
import { counted, limitRule } from '../../ui/text-limit';
import { dayOf, pickerDay, startOfDay } from '../../ui/time';
import { PlaceTreeSelect } from '../places/place-tree-select';

/** The form's values; the URL keeps them as TicketFilters so a reload or "back" shows the same list. */
export type FilterValues = {
  states?: string[];
  kind?: string;
  category?: string[];
  placeId?: string;
  channel?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  overdue?: boolean;
  q?: string;
};

const FILTER_KEYS = [
  'state',
  'kind',
  'categoryId',
  'placeId',
  'channel',
  'overdue',
  'from',
  'to',
  'q',
] as const;

export function filtersFromUrl(params: URLSearchParams): TicketFilters {
  const filters: TicketFilters = {};
  for (const key of ['queue', ...FILTER_KEYS] as const) {
    const value = params.get(key);
    if (value) {
      filters[key] = value;
    }
  }
  return filters;
}

/** The query string for the form's values, keeping the work queue the page was opened with. */
export function urlFromValues(values: FilterValues, queue: string | undefined): URLSearchParams {
  const [from, to] = values.dates ?? [];
  const entries: [string, string | undefined][] = [
    ['queue', queue],
    ['state', values.states?.length ? values.states.join(',') : undefined],
    ['kind', values.kind],
    ['categoryId', values.category?.at(-1)],
    ['placeId', values.placeId],
    ['channel', values.channel],
    ['overdue', values.overdue ? 'true' : undefined],
    // Whole days of the installation's calendar; `to` is exclusive, so the end day is included.
    ['from', from ? startOfDay(from) : undefined],
    ['to', to ? startOfDay(to.add(1, 'day')) : undefined],
    ['q', values.q?.trim() || undefined],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1])));
}

export function valuesFromFilters(filters: TicketFilters, categories: readonly Category[]): FilterValues {
  const leaf = categories.find((c) => c.id === filters.categoryId);
  return {
    states: filters.state?.split(','),
    kind: filters.kind,
    category: leaf ? [leaf.parentId, leaf.id].filter((v): v is string => Boolean(v)) : undefined,
    placeId: filters.placeId,
    channel: filters.channel,
    dates:
      filters.from || filters.to
        ? [
            filters.from ? pickerDay(dayOf(filters.from)) : null,
            filters.to ? pickerDay(dayOf(filters.to)).subtract(1, 'day') : null,
          ]
        : null,
    overdue: filters.overdue === 'true',
    q: filters.q,
  };
}

type CascaderOption = { value: string; label: string; children?: CascaderOption[] };

/** The two-level taxonomy as cascader options, only the categories that fit the kind when one is chosen. */
export function categoryOptions(
  categories: readonly Category[],
  kind?: TicketKind | string,
): CascaderOption[] {
  const fits = (c: Category) => !kind || c.kinds.length === 0 || c.kinds.includes(kind as TicketKind);
  return categories
    .filter((c) => c.parentId === null && fits(c))
    .map((parent) => ({
      value: parent.id,
      label: parent.name,
      children: categories
        .filter((c) => c.parentId === parent.id && fits(c))
        .map((c) => ({ value: c.id, label: c.name })),
    }))
    .filter((p) => p.children.length > 0);
}

type Props = { form: FormInstance<FilterValues>; onSearch: (values: FilterValues) => void };

/** The query form above the ticket table; Enter anywhere runs it. */
export function TicketQueryForm({ form, onSearch }: Props) {
  const { t } = useTranslation('tickets');
  const categories = useCategories();
  const kind = Form.useWatch('kind', form);
  const options = useMemo(() => categoryOptions(categories.data ?? [], kind), [categories.data, kind]);
  return (
    <QueryForm<FilterValues> form={form} onSearch={onSearch}>
      <Form.Item
        name="q"
        label={t('office.filters.q')}
        rules={[limitRule(TEXT_LIMITS.ticketSearch, t('office.filters.q'))]}
      >
        <Input
          allowClear
          {...counted(TEXT_LIMITS.ticketSearch, true)}
          placeholder={t('office.filters.qHint')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="states" label={t('office.fields.state')}>
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 200 }}
          placeholder={t('office.filters.any')}
          options={TICKET_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('office.fields.kind')}>
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('office.filters.any')}
          options={TICKET_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="category" label={t('office.fields.category')}>
        <Cascader
          options={options}
          allowClear
          style={{ width: 200 }}
          placeholder={t('office.filters.any')}
          showSearch
        />
      </Form.Item>
      <Form.Item name="placeId" label={t('office.fields.place')}>
        <PlaceTreeSelect placeholder={t('office.filters.placeHint')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="channel" label={t('office.fields.channel')}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('office.filters.any')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="dates" label={t('office.fields.createdAt')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="overdue" valuePropName="checked">
        <Checkbox>{t('office.filters.overdueOnly')}</Checkbox>
      </Form.Item>
    </QueryForm>
  );
}
