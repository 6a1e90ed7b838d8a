import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { childLevel } from '../../../shared/roles';
import { createPlace, type PlaceDetail, updatePlace } from '../../modules/places/api';
import { applyFieldErrors, errorText } from '../../ui/errors';
import { counted, limitRule } from '../../ui/text-limit';

type Values = { name: string; code: string; sort?: number };
const FIELDS = ['name', 'code', 'sort'] as const;

/** Creating a node under a parent (or a district, with no parent), or editing one. */
export type PlaceFormTarget =
  | { mode: 'create'; parent: PlaceDetail | null }
  | { mode: 'edit'; place: PlaceDetail };

type Props = { target: PlaceFormTarget | null; onClose: () => void; onSaved: (saved: PlaceDetail) => void };

export function PlaceFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation(['console', 'places']);
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (!target) {
    return null;
  }
  const level =
    target.mode === 'edit'
      ? target.place.level
      : target.parent
        ? childLevel(target.parent.level)
        : 'district';
  const title =
    target.mode === 'edit'
      ? t('places:editTitle', { name: target.place.name })
      : t('places:createTitle', { level: tc(`levels.${level ?? 'building'}`) });

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const saved =
        target.mode === 'edit'
          ? await updatePlace(target.place.id, values)
          : await createPlace({ ...values, parentId: target.parent?.id ?? null });
      onSaved(saved);
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) {
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
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tc('actions.save')}
      confirmLoading={isBusy}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          target.mode === 'edit'
            ? { name: target.place.name, code: target.place.code, sort: target.place.sort }
            : { sort: 0 }
        }
      >
        {target.mode === 'create' ? (
          <Form.Item label={t('places:parent')}>
            <Typography.Text>
              {target.parent ? target.parent.name : t('places:noParent')} →{' '}
              {tc(`levels.${level ?? 'building'}`)}
            </Typography.Text>
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('places:name')}
          rules={[{ required: true }, limitRule(TEXT_LIMITS.placeName, t('places:name'))]}
        >
          <Input autoFocus {...counted(TEXT_LIMITS.placeName)} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('places:code')}
          extra={t('places:codeHint')}
          rules={[
            { required: true, pattern: /^[A-Za-z0-9_-]+$/, message: t('places:codeFormat') },
            limitRule(TEXT_LIMITS.code, t('places:code')),
          ]}
        >
          <Input {...counted(TEXT_LIMITS.code)} />
        </Form.Item>
        <Form.Item name="sort" label={t('places:sort')} extra={t('places:sortHint')}>
          <InputNumber min={0} max={1_000_000} style={{ width: 160 }} />
        </Form.Item>
        {failure ? <Typography.Text type="danger">{failure}</Typography.Text> : null}
      </Form>
    </Modal>
  );
}
