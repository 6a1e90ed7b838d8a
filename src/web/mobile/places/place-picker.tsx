import { EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { Button, List, NavBar, Popup } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../shared/places';
import { type Crumb, placePath, usePlace, usePlaceChildren } from '../../modules/places/api';
import { QueryState } from '../ui/states';

type Props = {
  value?: string | null;
  onChange?: (id: string) => void;
  /** Where the tree starts: null = every district (residents), or a staff member's own node. */
  rootId: string | null;
  /** Which levels may be chosen, e.g. only a building for a home. */
  isSelectable: (level: Place['level']) => boolean;
  placeholder: string;
  testId?: string;
};

/** A place picked by walking down the place tree, one level per screen, as far as the building. */
export function PlacePicker({ value, onChange, rootId, isSelectable, placeholder, testId }: Props) {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'places']);
  const [open, setOpen] = useState(false);
  const current = usePlace(value);
  return (
    <>
      <button
        type="button"
        className="lx-picker-value lx-touch"
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        <EnvironmentOutlined aria-hidden />
        <span className={value ? 'lx-picker-text' : 'lx-picker-text lx-muted'}>
          {value && current.data ? placePath(current.data) : value ? t('common:states.loading') : placeholder}
        </span>
        <RightOutlined aria-hidden className="lx-muted" />
      </button>
      <Popup
        visible={open}
        onClose={() => setOpen(false)}
        position="right"
        bodyStyle={{ width: '100vw', height: '100%', overflowY: 'auto', background: 'var(--lx-page)' }}
        destroyOnClose
      >
        {open ? (
          <TreeWalker
            rootId={rootId}
            start={startCrumbs(rootId, current.data)}
            isSelectable={isSelectable}
            onCancel={() => setOpen(false)}
            onPick={(id) => {
              onChange?.(id);
              setOpen(false);
            }}
          />
        ) : null}
      </Popup>
    </>
  );
}

/** Open the walker beside the chosen place, so a correction is one tap away. */
function startCrumbs(rootId: string | null, detail: ReturnType<typeof usePlace>['data']): Crumb[] {
  if (!detail) {
    return [];
  }
  const chain: Crumb[] = detail.ancestors;
  if (rootId === null) {
    return chain;
  }
  const from = chain.findIndex((c) => c.id === rootId);
  return from < 0 ? [] : chain.slice(from + 1);
}

function TreeWalker({
  rootId,
  start,
  isSelectable,
  onPick,
  onCancel,
}: {
  rootId: string | null;
  start: Crumb[];
  isSelectable: (level: Place['level']) => boolean;
  onPick: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'places']);
  const [crumbs, setCrumbs] = useState<Crumb[]>(start);
  const here = crumbs.at(-1);
  const root = usePlace(rootId);
  const parentId = here?.id ?? rootId;
  const children = usePlaceChildren(parentId);
  const hereNode =
    here ?? (root.data ? { id: root.data.id, name: root.data.name, level: root.data.level } : null);
  return (
    <div className="lx-page" data-testid="place-walker">
      <header className="lx-page-nav">
        <NavBar
          back={t('common:actions.back')}
          onBack={() => (crumbs.length > 0 ? setCrumbs(crumbs.slice(0, -1)) : onCancel())}
        >
          {t('places:phone.places.pickTitle')}
        </NavBar>
      </header>
      <nav className="lx-crumbs" aria-label={t('places:phone.places.path')}>
        <button type="button" className="lx-crumb" onClick={() => setCrumbs([])}>
          {rootId ? (root.data?.name ?? '…') : t('places:phone.places.all')}
        </button>
        {crumbs.map((c, i) => (
          <button
            type="button"
            key={c.id}
            className="lx-crumb"
            onClick={() => setCrumbs(crumbs.slice(0, i + 1))}
          >
            {c.name}
          </button>
        ))}
      </nav>
      <main className="lx-page-body">
        <QueryState query={children}>
          {(items) =>
            items.length === 0 ? (
              <p className="lx-section lx-muted">{t('places:phone.places.noChildren')}</p>
            ) : (
              <List>
                {items.map((p) => {
                  const canDrill = p.childCount > 0;
                  const canPick = isSelectable(p.level);
                  return (
                    <List.Item
                      key={p.id}
                      arrow={canDrill}
                      extra={t(`common:levels.${p.level}`)}
                      disabled={!canDrill && !canPick}
                      onClick={() =>
                        canDrill
                          ? setCrumbs([...crumbs, { id: p.id, name: p.name, level: p.level }])
                          : onPick(p.id)
                      }
                    >
                      {p.name}
                    </List.Item>
                  );
                })}
              </List>
            )
          }
        </QueryState>
      </main>
      {hereNode && isSelectable(hereNode.level) ? (
        <div className="lx-page-footer">
          <Button block color="primary" size="large" onClick={() => onPick(hereNode.id)}>
            {t('places:phone.places.pickHere', { name: hereNode.name })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
