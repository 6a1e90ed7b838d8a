import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../../../shared/routing';
import { createRule, updateRule } from '../../modules/routing/api';
import { RecordModal } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { CategoryTreeSelect } from './category-tree-select';
import { RuleUnitsSelect } from './rule-units-select';

type Values = { placeId: string; categoryId: string; unitIds: string[] };
const FIELDS = ['placeId', 'categoryId', 'unitIds'];

/** Add a rule to the catalogue (rule = null) or change one: place, category, units in order. */
export function RuleModal({
  rule,
  onClose,
  onSaved,
}: {
  rule: RoutingRule | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('routing');
  return (
    <RecordModal<Values>
      title={rule ? t('editTitle') : t('createTitle')}
      width={640}
      fieldNames={FIELDS}
      initialValues={
        rule
          ? { placeId: rule.placeId, categoryId: rule.categoryId, unitIds: rule.units.map((u) => u.id) }
          : {}
      }
      submit={(values) => (rule ? updateRule(rule.id, values) : createRule(values))}
      onClose={onClose}
      onSaved={onSaved}
    >
      {(form) => (
        <>
          <Form.Item name="placeId" label={t('place')} extra={t('placeHint')} rules={[{ required: true }]}>
            <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="categoryId"
            label={t('category')}
            extra={t('categoryHint')}
            rules={[{ required: true }]}
          >
            <CategoryTreeSelect style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="unitIds"
            label={t('units')}
            extra={t('unitsHint')}
            rules={[{ required: true }, { type: 'array', max: 5 }]}
          >
            <PlaceBoundUnits form={form} />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}

/** The units field follows the place field: another place offers other units. */
function PlaceBoundUnits({
  form,
  ...field
}: {
  form: Parameters<typeof Form.useWatch>[1];
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const placeId = Form.useWatch<string | undefined>('placeId', form);
  return <RuleUnitsSelect placeId={placeId} {...field} />;
}
