import { type RefObject, useEffect } from 'react';

/**
 * antd's Table copies its header into an aria-hidden "measure row" to size the columns; with row selection
 * the copy holds a real select-all checkbox, so keyboard focus can land in what screen readers are told is not
 * there (axe: aria-hidden-focus). Marking those rows inert takes them out of the tab order too.
 */
export function useInertMeasureRows(box: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = box.current;
    if (!root) {
      return;
    }
    const mark = () => {
      for (const row of root.querySelectorAll('.ant-table-measure-row:not([inert])')) {
        row.setAttribute('inert', '');
      }
    };
    mark();
    const watcher = new MutationObserver(mark);
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [box]);
}
