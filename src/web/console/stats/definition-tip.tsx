import { QuestionCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

/** A figure's name with its written definition (GET /api/stats/definitions) behind a question mark. */
export function DefinedName({ name, definition }: { name: ReactNode; definition?: string }) {
  return (
    <span>
      {name}
      {definition ? (
        <Tooltip title={definition}>
          <QuestionCircleOutlined
            aria-label={definition}
            style={{ marginLeft: 6, color: 'rgba(0,0,0,0.45)', cursor: 'help' }}
          />
        </Tooltip>
      ) : null}
    </span>
  );
}
