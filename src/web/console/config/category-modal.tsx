import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { TICKET_KINDS, type TicketKind } from '../../../shared/tickets';
import { createCategory, type EditableCategory, updateCategory } from '../../modules/config/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';

type Values = {
  parentId?: string | null;
  code: string;
  nameZh: string;
  nameEn: string;
  kinds?: TicketKind[];
  sort?: number;
  isActive: boolean;
};
const FIELDS = ['parentId', 'code', 'nameZh', 'nameEn', 'kinds', 'sort', 'isActive'];

type Props = {
  /** The category edited, or null for a new one. */
  category: EditableCategory | null;
  /** For a new sub-category: its parent. */
  parent: EditableCategory | null;
  parents: EditableCategory[];
  onClose: () => void;
  onSaved: () => void;
};

/** Add a category (top-level or under a parent) or rename / re-file / disable one. */
export function CategoryModal({ category, parent, parents, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation(['console', 'config']);
  const { t: tt } = useTranslation('tickets');
  const nameOf = (c: EditableCategory) => (i18n.language === 'en-US' ? c.nameEn : c.nameZh);
  const isTop = category ? !category.parentId : !parent;
  const initial: Partial<Values> = category
    ? { ...category, parentId: category.parentId ?? undefined }
    : {
        parentId: parent?.id,
        code: parent ? `${parent.code}.` : '',
        kinds: parent?.kinds ?? [],
        sort: 0,
        isActive: true,
      };
  return (
    <RecordModal<Values>
      title={
        category
          ? t('config:categories.editTitle', { name: nameOf(category) })
          : parent
            ? t('config:categories.addChildTitle', { name: nameOf(parent) })
            : t('config:categories.createTitle')
      }
      fieldNames={FIELDS}
      initialValues={initial}
      submit={(values) => {
        const body = {
          parentId: values.parentId ?? null,
          code: values.code,
          nameZh: values.nameZh,
          nameEn: values.nameEn,
          kinds: values.kinds ?? [],
          sort: values.sort ?? 0,
          isActive: values.isActive,
        };
        return category ? updateCategory(category.id, body) : createCategory(body);
      }}
      onClose={onClose}
      onSaved={onSaved}
    >
      {!isTop ? (
        <Form.Item name="parentId" label={t('config:categories.parent')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={parents.map((p) => ({ value: p.id, label: nameOf(p) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="code"
        label={t('config:categories.code')}
        extra={t('config:categories.codeHint')}
        rules={[
          { required: true, pattern: /^[a-z0-9_.-]+$/, message: t('config:categories.codeFormat') },
          limitRule(TEXT_LIMITS.categoryCode, t('config:categories.code')),
        ]}
      >
        <Input {...counted(TEXT_LIMITS.categoryCode)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="nameZh"
            label={t('config:categories.nameZh')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.categoryNameZh, t('config:categories.nameZh'))]}
          >
            <Input {...counted(TEXT_LIMITS.categoryNameZh)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="nameEn"
            label={t('config:categories.nameEn')}
            rules={[{ required: true }, limitRule(TEXT_LIMITS.categoryNameEn, t('config:categories.nameEn'))]}
          >
            <Input {...counted(TEXT_LIMITS.categoryNameEn)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="kinds" label={t('config:categories.kinds')} extra={t('config:categories.kindsHint')}>
        <Select
          mode="multiple"
          allowClear
          options={TICKET_KINDS.map((k) => ({ value: k, label: tt(`kinds.${k}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="sort" label={t('config:categories.sort')}>
            <InputNumber min={0} max={1000} precision={0} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="isActive"
            label={t('config:categories.active')}
            valuePropName="checked"
            extra={t('config:categories.activeHint')}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </RecordModal>
  );
}
