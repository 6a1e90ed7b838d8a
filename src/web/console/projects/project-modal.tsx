import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import {
  PROJECT_CATEGORIES,
  PROJECT_GROUPS,
  PROJECT_LEVELS,
  type ProjectCategory,
  type ProjectDetail,
  type ProjectGroup,
  type ProjectLevel,
} from '../../../shared/projects';
import { createProject, patchProject } from '../../modules/projects/api';
import { useServingUnits } from '../../modules/units/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal, withoutEmpty } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';

type Values = {
  name: string;
  placeId: string;
  leadUnitId: string;
  coUnitIds?: string[];
  level?: ProjectLevel;
  category: ProjectCategory;
  groups?: ProjectGroup[];
  ownerName?: string;
  ownerPhone?: string;
  budget?: number;
  dates: [Dayjs, Dayjs];
  target?: string;
  benefit?: string;
  internalNote?: string;
  isPublished?: boolean;
  milestones?: { name: string; plannedDate: Dayjs; weight: number }[];
};
const FIELDS = [
  'name',
  'placeId',
  'leadUnitId',
  'coUnitIds',
  'level',
  'category',
  'groups',
  'ownerName',
  'ownerPhone',
  'budget',
  'startDate',
  'endDate',
  'target',
  'benefit',
  'internalNote',
  'milestones',
];
const DAY = 'YYYY-MM-DD';

function bodyOf(v: Values) {
  const { dates, milestones, ...rest } = v;
  return withoutEmpty({
    ...rest,
    startDate: dates[0].format(DAY),
    endDate: dates[1].format(DAY),
    ...(milestones
      ? { milestones: milestones.map((m) => ({ ...m, plannedDate: m.plannedDate.format(DAY) })) }
      : {}),
  });
}

/** Create a project with its milestones (project = null), or edit one (its milestones on the detail page). */
export function ProjectModal({
  project,
  onClose,
  onSaved,
}: {
  project: ProjectDetail | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation('projects');
  return (
    <RecordModal<Values>
      width={760}
      title={project ? t('edit') : t('create')}
      fieldNames={FIELDS}
      initialValues={
        project
          ? {
              name: project.name,
              placeId: project.placeId,
              leadUnitId: project.leadUnitId,
              coUnitIds: project.coUnitIds,
              level: project.level,
              category: project.category,
              groups: project.groups,
              ownerName: project.ownerName ?? undefined,
              budget: project.budget ?? undefined,
              dates: [dayjs(project.startDate), dayjs(project.endDate)],
              target: project.target ?? undefined,
              benefit: project.benefit ?? undefined,
              internalNote: project.internalNote ?? undefined,
              isPublished: project.isPublished,
            }
          : { category: 'other', isPublished: false, milestones: [] }
      }
      submit={async (values) => {
        const saved = project
          ? await patchProject(project.id, bodyOf(values))
          : await createProject({ ...bodyOf(values), milestones: bodyOf(values).milestones ?? [] });
        onSaved(saved.id);
      }}
      onClose={onClose}
      onSaved={() => undefined}
    >
      {(form) => <Fields form={form} isNew={project === null} />}
    </RecordModal>
  );
}

function Fields({ form, isNew }: { form: ReturnType<typeof Form.useForm<Values>>[0]; isNew: boolean }) {
  const { t } = useTranslation('projects');
  const placeId = Form.useWatch('placeId', form);
  const units = useServingUnits(placeId);
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <>
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.projectName, t('name'))]}
      >
        <Input {...counted(TEXT_LIMITS.projectName)} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="placeId" label={t('place')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <PlaceTreeSelect style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="level" label={t('level')} style={{ width: 140, marginLeft: 12 }}>
          <Select allowClear options={PROJECT_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('category')} style={{ width: 140, marginLeft: 12 }}>
          <Select options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="leadUnitId" label={t('leadUnit')} rules={[{ required: true }]}>
        <Select showSearch optionFilterProp="label" options={unitOptions} loading={units.isFetching} />
      </Form.Item>
      <Form.Item name="coUnitIds" label={t('coUnits')}>
        <Select mode="multiple" optionFilterProp="label" options={unitOptions} />
      </Form.Item>
      <Form.Item name="groups" label={t('groups')}>
        <Select
          mode="multiple"
          options={PROJECT_GROUPS.map((g) => ({ value: g, label: t(`groupNames.${g}`) }))}
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="dates" label={t('dates')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="budget" label={t('budget')} style={{ width: 200, marginLeft: 12 }}>
          <InputNumber min={0} step={10000} style={{ width: '100%' }} />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item
          name="ownerName"
          label={t('owner')}
          rules={[limitRule(TEXT_LIMITS.personName, t('owner'))]}
          style={{ flex: 1 }}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="ownerPhone"
          label={t('ownerPhone')}
          rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/ }]}
          style={{ flex: 1, marginLeft: 12 }}
        >
          <Input inputMode="tel" />
        </Form.Item>
      </Space.Compact>
      {(['target', 'benefit', 'internalNote'] as const).map((name) => (
        <Form.Item
          key={name}
          name={name}
          label={t(name)}
          rules={[limitRule(TEXT_LIMITS.projectText, t(name))]}
        >
          <Input.TextArea rows={2} {...counted(TEXT_LIMITS.projectText)} />
        </Form.Item>
      ))}
      <Form.Item name="isPublished" label={t('published')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {isNew ? (
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('milestones')}</div>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('milestone')} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'plannedDate']} rules={[{ required: true }]}>
                    <DatePicker placeholder={t('plannedDate')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} initialValue={1}>
                    <InputNumber
                      min={0}
                      max={1000}
                      addonBefore={t('milestoneWeight')}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weight: 1 })}>
                {t('addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
      ) : null}
    </>
  );
}
