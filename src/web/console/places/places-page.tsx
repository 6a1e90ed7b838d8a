import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Row, Tag, Tree } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePlace, type PlaceDetail, placeKeys } from '../../modules/places/api';
import { type PlaceTreeNode, usePlaceTree } from '../../modules/places/use-place-tree';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { ErrorState, LoadingState } from '../../ui/states';
import { ExchangeToolbar } from '../exchange/exchange-toolbar';
import { useSignedIn } from '../shell/gates';
import { PlaceDetailPanel } from './place-detail';
import { PlaceFormModal, type PlaceFormTarget } from './place-form-modal';
import { PlaceMoveModal } from './place-move-modal';
import { PlaceSearch } from './place-search';

/** The place tree: the tree on the left (children load on expand), the selected node on the right. */
export function PlacesPage() {
  const { t } = useTranslation(['console', 'places']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const tree = usePlaceTree(me.placeId);
  const [selected, setSelected] = useState<string | null>(null);
  const [form, setForm] = useState<PlaceFormTarget | null>(null);
  const [moving, setMoving] = useState<PlaceDetail | null>(null);
  const canWrite = me.permissions.includes('place.write');

  // An account serving one node starts there, opened: its tree has a single root.
  const onlyRoot = tree.treeData.length === 1 ? tree.treeData[0]?.key : undefined;
  useEffect(() => {
    if (onlyRoot && me.placeId) {
      setSelected((current) => current ?? onlyRoot);
      tree.setExpanded((keys) => (keys.length === 0 ? [onlyRoot] : keys));
      void tree.loadChildren(onlyRoot);
    }
  }, [onlyRoot, me.placeId, tree.setExpanded, tree.loadChildren]);

  const select = async (id: string) => {
    setSelected(id);
    await tree.reveal(id);
  };

  const afterChange = async (id: string | null) => {
    await client.invalidateQueries({ queryKey: placeKeys.all });
    if (id) {
      await tree.refresh(id);
    } else {
      await tree.loadRoots();
    }
  };

  const confirmDelete = (place: PlaceDetail) => {
    modal.confirm({
      title: t('places:deleteTitle', { name: place.name }),
      content: t('places:deleteHint'),
      okText: tc('actions.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await deletePlace(place.id);
          tree.forget(place.id);
          setSelected(place.parentId);
          await afterChange(place.parentId);
          void message.success(t('places:deleted', { name: place.name }));
        } catch (error) {
          // The server refuses while children or records (units, accounts, tickets) remain: say why.
          modal.error({ title: t('places:deleteRefused'), content: errorText(error, t('saveFailed')) });
        }
      },
    });
  };

  return (
    <PageFrame
      title={t('places:title')}
      description={t('places:description')}
      extra={
        <>
          {canWrite && me.placeId === null ? (
            <Button icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create', parent: null })}>
              {t('places:createDistrict')}
            </Button>
          ) : null}
          <ExchangeToolbar
            kind="places"
            canWrite={canWrite}
            placeId={selected ?? undefined}
            onImported={() => void afterChange(null)}
          />
        </>
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={9} xl={8}>
          <Panel>
            <PlaceSearch onChange={(id) => void select(id)} style={{ width: '100%', marginBottom: 12 }} />
            {tree.rootError ? (
              <ErrorState error={tree.rootError} onRetry={() => void tree.loadRoots()} />
            ) : tree.isLoading ? (
              <LoadingState rows={8} />
            ) : (
              <Tree<PlaceTreeNode>
                data-testid="place-tree"
                showLine
                blockNode
                height={620}
                treeData={tree.treeData}
                titleRender={(node) => (
                  <span>
                    <span>{node.place.name}</span>
                    <Tag bordered={false} style={{ marginLeft: 6, fontSize: 12 }}>
                      {tc(`levels.${node.place.level}`)}
                    </Tag>
                  </span>
                )}
                expandedKeys={tree.expanded}
                onExpand={(keys) => tree.setExpanded(keys.map(String))}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(keys[0] ? String(keys[0]) : selected)}
                loadData={(node) => tree.loadChildren(node.key)}
              />
            )}
          </Panel>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          <Panel>
            <PlaceDetailPanel
              id={selected}
              onCreateChild={(parent) => setForm({ mode: 'create', parent })}
              onEdit={(place) => setForm({ mode: 'edit', place })}
              onMove={setMoving}
              onDelete={confirmDelete}
            />
          </Panel>
        </Col>
      </Row>
      <PlaceFormModal
        key={
          form ? `${form.mode}-${form.mode === 'edit' ? form.place.id : (form.parent?.id ?? 'root')}` : 'none'
        }
        target={form}
        onClose={() => setForm(null)}
        onSaved={async (saved) => {
          const isCreate = form?.mode === 'create';
          const parent = isCreate ? (form.parent?.id ?? null) : saved.id;
          setForm(null);
          void message.success(t('saved'));
          await afterChange(parent);
          if (isCreate && parent) {
            tree.setExpanded((keys) => [...new Set([...keys, parent])]);
          }
          await select(saved.id);
        }}
      />
      <PlaceMoveModal
        place={moving}
        onClose={() => setMoving(null)}
        onMoved={async (moved, from) => {
          setMoving(null);
          void message.success(t('places:moved', { name: moved.name }));
          if (from) {
            await afterChange(from);
          }
          await select(moved.id);
        }}
      />
    </PageFrame>
  );
}
