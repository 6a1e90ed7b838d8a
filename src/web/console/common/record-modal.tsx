import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../ui/errors';

type Props<T> = {
  title: ReactNode;
  initialValues?: Partial<T>;
  /** The form's field names, so the server's field errors land next to them. */
  fieldNames: readonly string[];
  submit: (values: T) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
  width?: number;
};

/** The create/edit dialog of a list: a vertical form, 保存, the server's refusals on their fields. */
export function RecordModal<T extends object>({
  title,
  initialValues,
  fieldNames,
  submit,
  onClose,
  onSaved,
  children,
  width,
}: Props<T>) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<T>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const finish = async (values: T) => {
    setBusy(true);
    setFailure(null);
    try {
      await submit(values);
      onSaved();
    } catch (error) {
      if (!applyFieldErrors(form, error, fieldNames)) {
        setFailure(errorText(error, t('saveFailed')));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width ?? 560}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tc('actions.save')}
      confirmLoading={isBusy}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={finish}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}

/** Empty form fields are left out of the request (the API's optional fields want absence, not ''). */
export function withoutEmpty<T extends object>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}
