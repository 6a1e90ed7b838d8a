import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketKind } from '../../../shared/tickets';
import {
  type EditableCategory,
  updateCategory,
  useEditableCategories,
  useRefreshConfig,
} from '../../modules/config/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { EmptyState, ErrorState } from '../../ui/states';
import { CategoryModal } from './category-modal';

type Row = EditableCategory & { children?: Row[] };
type Editing = { category: EditableCategory | null; parent: EditableCategory | null };

/** 诉求分类: the two-level taxonomy tickets are filed under; add, rename, disable. */
export function CategoriesPage() {
  const { t, i18n } = useTranslation(['console', 'config']);
  const { t: tc } = useTranslation();
  const { t: tt } = useTranslation('tickets');
  const { message } = App.useApp();
  const query = useEditableCategories();
  const refresh = useRefreshConfig();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[]>([]);
  const isEnglish = i18n.language === 'en-US';

  const { tree, parents } = useMemo(() => {
    const all = query.data ?? [];
    const tops = all.filter((c) => !c.parentId);
    const rows: Row[] = tops.map((p) => {
      const children = all.filter((c) => c.parentId === p.id);
      return children.length > 0 ? { ...p, children } : p;
    });
    return { tree: rows, parents: tops };
  }, [query.data]);

  const toggleActive = async (c: EditableCategory) => {
    const { id, ...rest } = c;
    try {
      await updateCategory(id, {
        parentId: rest.parentId,
        code: rest.code,
        nameZh: rest.nameZh,
        nameEn: rest.nameEn,
        kinds: rest.kinds,
        sort: rest.sort,
        isActive: !c.isActive,
      });
      void message.success(
        t(c.isActive ? 'config:categories.disabled' : 'config:categories.enabled', { name: c.nameZh }),
      );
      refresh();
    } catch (error) {
      void message.error(errorText(error, t('saveFailed')));
    }
  };

  const allExpanded = expanded.length > 0 && expanded.length >= parents.length;
  return (
    <PageFrame
      title={t('config:categories.title')}
      description={t('config:categories.description')}
      extra={
        <>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ category: null, parent: null })}
          >
            {t('config:categories.createTop')}
          </Button>
          <Button onClick={() => setExpanded(allExpanded ? [] : parents.map((p) => p.id))}>
            {allExpanded ? t('config:collapseAll') : t('config:expandAll')}
          </Button>
        </>
      }
    >
      <Panel>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<Row>
            size="middle"
            rowKey="id"
            loading={query.isFetching}
            dataSource={tree}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
            locale={{ emptyText: query.isLoading ? ' ' : <EmptyState /> }}
            columns={[
              {
                title: t('config:categories.name'),
                key: 'name',
                render: (_: unknown, c: Row) => (
                  <span style={c.isActive ? undefined : { color: 'rgba(0,0,0,0.45)' }}>
                    {isEnglish ? c.nameEn : c.nameZh}
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {isEnglish ? c.nameZh : c.nameEn}
                    </Typography.Text>
                    {c.children ? (
                      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                        {t('config:categories.childCount', { count: c.children.length })}
                      </Typography.Text>
                    ) : null}
                  </span>
                ),
              },
              { title: t('config:categories.code'), dataIndex: 'code' },
              {
                title: t('config:categories.kinds'),
                dataIndex: 'kinds',
                render: (kinds: TicketKind[]) =>
                  kinds.length === 0 ? (
                    <Typography.Text type="secondary">{t('config:anyKind')}</Typography.Text>
                  ) : (
                    kinds.map((k) => <Tag key={k}>{tt(`kinds.${k}`)}</Tag>)
                  ),
              },
              { title: t('config:categories.sort'), dataIndex: 'sort', width: 80 },
              {
                title: t('config:categories.state'),
                dataIndex: 'isActive',
                width: 100,
                render: (active: boolean) =>
                  active ? (
                    <Tag color="success">{t('config:categories.on')}</Tag>
                  ) : (
                    <Tag>{t('config:categories.off')}</Tag>
                  ),
              },
              {
                title: t('operations'),
                key: 'actions',
                fixed: 'right',
                render: (_: unknown, c: Row) => (
                  <Space size={0}>
                    {!c.parentId ? (
                      <Button type="link" onClick={() => setEditing({ category: null, parent: c })}>
                        {t('config:categories.addChild')}
                      </Button>
                    ) : null}
                    <Button type="link" onClick={() => setEditing({ category: c, parent: null })}>
                      {tc('actions.edit')}
                    </Button>
                    <Button type="link" danger={c.isActive} onClick={() => void toggleActive(c)}>
                      {c.isActive ? t('config:categories.disable') : t('config:categories.enable')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Panel>
      {editing ? (
        <CategoryModal
          category={editing.category}
          parent={editing.parent}
          parents={parents}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}
