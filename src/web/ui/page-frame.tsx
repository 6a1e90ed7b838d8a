import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  /** A short line under the title: what this page is for. */
  description?: ReactNode;
  /** The toolbar: 新增 / 导入 / 导出 … */
  extra?: ReactNode;
  children: ReactNode;
};

/** Every console page: a title row with its toolbar, then the content on a white card. */
export function PageFrame({ title, description, extra, children }: Props) {
  return (
    <div className="lx-page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {description ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {description}
            </Typography.Text>
          ) : null}
        </div>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {children}
    </div>
  );
}

/** A white panel inside a page. */
export function Panel({ children, title }: { children: ReactNode; title?: ReactNode }) {
  return (
    <section
      style={{
        background: '#fff',
        borderRadius: 8,
        padding: 16,
        marginBottom: 16,
      }}
    >
      {title ? (
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
      ) : null}
      {children}
    </section>
  );
}
