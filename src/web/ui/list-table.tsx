import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableProps, Typography } from 'antd';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState } from './states';
import { type CursorList, PAGE_SIZES } from './use-cursor-list';
import { useInertMeasureRows } from './use-inert-measure-rows';

type Props<T> = {
  list: CursorList<T>;
  columns: TableProps<T>['columns'];
  rowKey: TableProps<T>['rowKey'];
  /** What the empty state suggests doing. */
  emptyHint?: ReactNode;
  onRow?: TableProps<T>['onRow'];
  rowSelection?: TableProps<T>['rowSelection'];
};

/** A list's table with its loading, empty and error states and the cursor pager underneath. */
export function ListTable<T extends object>({
  list,
  columns,
  rowKey,
  emptyHint,
  onRow,
  rowSelection,
}: Props<T>) {
  const { t } = useTranslation();
  const { query, pager } = list;
  const box = useRef<HTMLDivElement>(null);
  useInertMeasureRows(box);
  if (query.error && list.items.length === 0) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <div ref={box}>
      <Table<T>
        size="middle"
        columns={columns}
        dataSource={list.items}
        rowKey={rowKey}
        loading={query.isFetching}
        pagination={false}
        onRow={onRow}
        rowSelection={rowSelection}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: query.isLoading ? ' ' : <EmptyState description={emptyHint} /> }}
      />
      <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('pager.page', { page: pager.page })}</Typography.Text>
        <Button icon={<LeftOutlined />} disabled={!pager.hasPrev} onClick={pager.prev}>
          {t('pager.prev')}
        </Button>
        <Button disabled={!pager.hasNext} onClick={pager.next}>
          {t('pager.next')}
          <RightOutlined />
        </Button>
        <Select
          value={pager.limit}
          onChange={pager.setLimit}
          style={{ width: 120 }}
          aria-label={t('pager.size')}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('pager.perPage', { size }) }))}
        />
      </Flex>
    </div>
  );
}
