import {
  CheckOutlined,
  CloseCircleFilled,
  EnvironmentOutlined,
  RightOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { Button, Input, List, Popup } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place, PlaceHit } from '../../../shared/places';
import { type Crumb, placePath, usePlace, usePlaceChildren, usePlaceSearch } from '../../modules/places/api';
import { QueryState } from '../ui/states';
import { TitleBar } from '../ui/title-bar';

type Props = {
  value?: string | null;
  onChange?: (id: string) => void;
  /** Where the tree starts: null = every district (residents), or a staff member's own node. */
  rootId: string | null;
  /** Which levels may be chosen, e.g. only a building for a home. */
  isSelectable: (level: Place['level']) => boolean;
  /** Residents' view: a compound's buildings straight below it, no grids (the office's division of work). */
  hideGrids?: boolean;
  placeholder: string;
  testId?: string;
};

/**
 * A place picked by walking down the place tree, one level per screen, as far as the building — or found by
 * typing its name, pinyin or initials (fdhy for 府东花园), which lists the places with their paths.
 */
export function PlacePicker({
  value,
  onChange,
  rootId,
  isSelectable,
  hideGrids = false,
  placeholder,
  testId,
}: Props) {
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
            value={value ?? null}
            rootId={rootId}
            start={startCrumbs(rootId, current.data, hideGrids)}
            isSelectable={isSelectable}
            hideGrids={hideGrids}
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

/** The path of crumbs below the root down to `chain`'s end, without the levels this picker hides. */
function crumbsBelow(rootId: string | null, chain: Crumb[], hideGrids: boolean): Crumb[] {
  const shown = chain.filter((c) => !(hideGrids && c.level === 'grid'));
  if (rootId === null) {
    return shown;
  }
  const from = shown.findIndex((c) => c.id === rootId);
  return from < 0 ? [] : shown.slice(from + 1);
}

/** Open the walker beside the chosen place, so a correction is one tap away. */
function startCrumbs(
  rootId: string | null,
  detail: ReturnType<typeof usePlace>['data'],
  hideGrids: boolean,
): Crumb[] {
  return detail ? crumbsBelow(rootId, detail.ancestors, hideGrids) : [];
}

type WalkerProps = {
  /** The place chosen so far, marked in its list. */
  value: string | null;
  rootId: string | null;
  start: Crumb[];
  isSelectable: (level: Place['level']) => boolean;
  hideGrids: boolean;
  onPick: (id: string) => void;
  onCancel: () => void;
};

function TreeWalker({ value, rootId, start, isSelectable, hideGrids, onPick, onCancel }: WalkerProps) {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'places']);
  const [crumbs, setCrumbs] = useState<Crumb[]>(start);
  const [typed, setTyped] = useState('');
  const here = crumbs.at(-1);
  const root = usePlace(rootId);
  const rootCrumb: Crumb | null = root.data
    ? { id: root.data.id, name: root.data.name, level: root.data.level }
    : null;
  const hereNode = here ?? rootCrumb;
  const searching = typed.trim().length > 0;
  const children = usePlaceChildren(here ?? (rootId ? rootCrumb : null), {
    enabled: !rootId || Boolean(rootCrumb),
    hideGrids,
  });
  const open = (place: Crumb, childCount: number, ancestors: Crumb[]) => {
    if (childCount > 0) {
      setCrumbs(crumbsBelow(rootId, [...ancestors, place], hideGrids));
      setTyped('');
    } else {
      onPick(place.id);
    }
  };
  return (
    <div className="lx-page" data-testid="place-walker">
      <header className="lx-page-nav">
        <TitleBar
          title={t('places:phone.places.pickTitle')}
          backLabel={t('common:actions.back')}
          onBack={() => {
            if (searching) {
              setTyped('');
            } else if (crumbs.length > 0) {
              setCrumbs(crumbs.slice(0, -1));
            } else {
              onCancel();
            }
          }}
        />
      </header>
      <div className="lx-picker-search">
        <SearchOutlined aria-hidden />
        <Input
          type="search"
          enterKeyHint="search"
          value={typed}
          onChange={setTyped}
          maxLength={50}
          placeholder={t('places:phone.places.searchPlaceholder')}
          aria-label={t('places:phone.places.search')}
          data-testid="place-search"
        />
        {/* Our own clear button: antd-mobile's is a nameless-role div, too small to hit in 长辈版. */}
        {typed ? (
          <button
            type="button"
            className="lx-picker-clear"
            aria-label={t('places:phone.places.clear')}
            onClick={() => setTyped('')}
          >
            <CloseCircleFilled aria-hidden />
          </button>
        ) : null}
      </div>
      {searching ? null : (
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
      )}
      <main className="lx-page-body">
        {searching ? (
          <SearchResults
            typed={typed}
            rootId={rootId}
            hideGrids={hideGrids}
            isSelectable={isSelectable}
            onOpen={(hit) => open(hit, hit.childCount, hit.ancestors)}
          />
        ) : (
          <QueryState query={children}>
            {(items) =>
              items.length === 0 ? (
                <p className="lx-section lx-muted">{t('places:phone.places.noChildren')}</p>
              ) : (
                // One level per list: it says which, once, instead of on every row.
                <List
                  header={t('places:phone.places.chooseLevel', {
                    level: t(`common:levels.${items[0]?.level ?? 'building'}`),
                  })}
                >
                  {items.map((p) => {
                    const canDrill = p.childCount > 0;
                    const canPick = isSelectable(p.level);
                    return (
                      <List.Item
                        key={p.id}
                        arrow={canDrill}
                        extra={
                          p.id === value ? (
                            <span className="lx-chosen">
                              <CheckOutlined aria-hidden /> {t('places:phone.places.chosen')}
                            </span>
                          ) : null
                        }
                        disabled={!canDrill && !canPick}
                        onClick={() => open(p, p.childCount, crumbsWithRoot(rootCrumb, crumbs))}
                      >
                        {p.name}
                      </List.Item>
                    );
                  })}
                </List>
              )
            }
          </QueryState>
        )}
      </main>
      {!searching && hereNode && isSelectable(hereNode.level) ? (
        <div className="lx-page-footer">
          <Button block color="primary" size="large" onClick={() => onPick(hereNode.id)}>
            {t('places:phone.places.pickHere', { name: hereNode.name })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The chain above the walker's children, for crumbsBelow to cut at the root again. */
function crumbsWithRoot(root: Crumb | null, crumbs: Crumb[]): Crumb[] {
  return root ? [root, ...crumbs] : crumbs;
}

function SearchResults({
  typed,
  rootId,
  hideGrids,
  isSelectable,
  onOpen,
}: {
  typed: string;
  rootId: string | null;
  hideGrids: boolean;
  isSelectable: (level: Place['level']) => boolean;
  onOpen: (hit: PlaceHit) => void;
}) {
  const { t } = useTranslation(['mobile', 'common', 'tickets', 'places']);
  const found = usePlaceSearch(typed, { under: rootId, hideGrids });
  return (
    <QueryState query={found}>
      {({ items, more }) =>
        items.length === 0 ? (
          <p className="lx-section lx-muted" role="status" data-testid="place-no-result">
            {t('places:phone.places.noResult', { q: typed.trim() })}
          </p>
        ) : (
          <>
            <List aria-label={t('places:phone.places.results')}>
              {items.map((hit) => {
                const usable = hit.childCount > 0 || isSelectable(hit.level);
                return (
                  <List.Item
                    key={hit.id}
                    arrow={hit.childCount > 0}
                    description={pathAbove(hit)}
                    extra={t(`common:levels.${hit.level}`)}
                    disabled={!usable}
                    onClick={() => onOpen(hit)}
                    data-testid="place-result"
                  >
                    {hit.name}
                  </List.Item>
                );
              })}
            </List>
            {more ? <p className="lx-section lx-muted">{t('places:phone.places.more')}</p> : null}
          </>
        )
      }
    </QueryState>
  );
}

/**
 * 湖塘镇 › 府东社区 › 府东花园: where a found place lies, from the street down (the district is the same for
 * nearly everyone), enough to tell one 2栋 from another.
 */
function pathAbove(hit: PlaceHit): string {
  return hit.ancestors
    .filter((a) => a.level !== 'district')
    .map((a) => a.name)
    .join(' › ');
}
