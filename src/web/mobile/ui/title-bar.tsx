import { LeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** The back button's word ("返回"); no button without `onBack`. */
  backLabel?: string;
  onBack?: () => void;
  right?: ReactNode;
};

/**
 * The bar at the top of a screen: back as a real button that says its word, the title as the screen's heading.
 * antd-mobile's NavBar marks its left corner role="button" with no name (even with no back button in it) and
 * hides the back word from screen readers.
 */
export function TitleBar({ title, backLabel, onBack, right }: Props) {
  return (
    <div className="lx-nav">
      <div className="lx-nav-side">
        {onBack ? (
          <button type="button" className="lx-nav-back" onClick={onBack}>
            <LeftOutlined aria-hidden />
            <span>{backLabel}</span>
          </button>
        ) : null}
      </div>
      <h1 className="lx-nav-title">{title}</h1>
      <div className="lx-nav-side lx-nav-right">{right}</div>
    </div>
  );
}
