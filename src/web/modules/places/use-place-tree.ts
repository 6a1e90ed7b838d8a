import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Place } from '../../../shared/places';
import { fetchAllPlaces, fetchRoots, getPlaceDetail } from './api';

type State = { places: Record<string, Place>; children: Record<string, string[]>; roots: string[] | null };

export type PlaceTreeNode = { key: string; place: Place; isLeaf: boolean; children?: PlaceTreeNode[] };

function byId(items: readonly Place[]): Record<string, Place> {
  return Object.fromEntries(items.map((p) => [p.id, p]));
}

/**
 * The place tree as the console holds it: nodes load lazily (children on expand), any node can be
 * refreshed after a change, and a searched node can be revealed by loading its ancestors in turn.
 */
export function usePlaceTree(rootPlaceId: string | null) {
  const [state, setState] = useState<State>({ places: {}, children: {}, roots: null });
  const [rootError, setRootError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  // The ids already in the tree, readable inside async walks without waiting for a render.
  const known = useRef(new Set<string>());

  const loadRoots = useCallback(async () => {
    setRootError(null);
    try {
      const roots = await fetchRoots(rootPlaceId);
      for (const r of roots) {
        known.current.add(r.id);
      }
      setState({ places: byId(roots), children: {}, roots: roots.map((r) => r.id) });
    } catch (error) {
      setRootError(error);
    }
  }, [rootPlaceId]);

  useEffect(() => {
    void loadRoots();
  }, [loadRoots]);

  const loadChildren = useCallback(async (id: string) => {
    const items = await fetchAllPlaces({ parentId: id });
    for (const p of items) {
      known.current.add(p.id);
    }
    setState((s) => ({
      ...s,
      places: { ...s.places, ...byId(items) },
      children: { ...s.children, [id]: items.map((p) => p.id) },
    }));
  }, []);

  /** Re-reads a node (its name, child count, actions) and, when it has any, its children. */
  const refresh = useCallback(
    async (id: string) => {
      const place = await getPlaceDetail(id);
      setState((s) => ({ ...s, places: { ...s.places, [id]: place } }));
      await loadChildren(id);
    },
    [loadChildren],
  );

  const forget = useCallback((id: string) => {
    known.current.delete(id);
    setState((s) => {
      const places = { ...s.places };
      delete places[id];
      return { ...s, places };
    });
  }, []);

  /** Loads the ancestors of a node top-down and expands them, so the node shows in the tree. */
  const reveal = useCallback(
    async (id: string) => {
      const detail = await getPlaceDetail(id);
      const chain: string[] = [];
      // Ancestors above the account's own node are not in its tree: skip until the first known one.
      for (const { id: ancestor } of detail.ancestors) {
        if (known.current.has(ancestor)) {
          await loadChildren(ancestor);
          chain.push(ancestor);
        }
      }
      setExpanded((keys) => [...new Set([...keys, ...chain])]);
    },
    [loadChildren],
  );

  const treeData = useMemo(() => {
    const build = (id: string): PlaceTreeNode[] => {
      const place = state.places[id];
      if (!place) {
        return [];
      }
      const kids = state.children[id];
      return [
        {
          key: id,
          place,
          isLeaf: kids ? kids.length === 0 : place.childCount === 0,
          ...(kids ? { children: kids.flatMap(build) } : {}),
        },
      ];
    };
    return (state.roots ?? []).flatMap(build);
  }, [state]);

  return {
    treeData,
    isLoading: state.roots === null && rootError === null,
    rootError,
    loadRoots,
    loadChildren,
    refresh,
    forget,
    reveal,
    expanded,
    setExpanded,
    placeOf: (id: string) => state.places[id],
  };
}
