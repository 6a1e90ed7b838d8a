import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<T> = {
  form: FormInstance<T>;
  onSearch: (values: T) => void;
  children: ReactNode;
  initialValues?: Partial<T>;
};

/**
 * The query form above every list: fields in one row, 查询 and 重置. Enter in any field submits (the
 * search button is the form's submit button), as office users expect.
 */
export function QueryForm<T extends object>({ form, onSearch, children, initialValues }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Form<T>
      form={form}
      layout="inline"
      onFinish={onSearch}
      initialValues={initialValues}
      style={{ rowGap: 12, marginBottom: 16 }}
      role="search"
    >
      {children}
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('actions.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onSearch(form.getFieldsValue());
          }}
        >
          {t('actions.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
