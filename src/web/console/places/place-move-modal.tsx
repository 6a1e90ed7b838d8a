import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_LEVELS } from '../../../shared/roles';
import { movePlace, type PlaceDetail } from '../../modules/places/api';
import { errorText } from '../../ui/errors';
import { PlaceSearch } from './place-search';

type Props = {
  place: PlaceDetail | null;
  onClose: () => void;
  onMoved: (moved: PlaceDetail, from: string | null) => void;
};

/** Moves a node with its whole subtree under another parent of the level above. */
export function PlaceMoveModal({ place, onClose, onMoved }: Props) {
  const { t } = useTranslation(['console', 'places']);
  const { t: tc } = useTranslation();
  const [parentId, setParentId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (!place) {
    return null;
  }
  const parentLevel = PLACE_LEVELS[PLACE_LEVELS.indexOf(place.level) - 1];
  const from = place.parentId;

  const submit = async () => {
    if (!parentId) {
      setFailure(t('places:moveChoose'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onMoved(await movePlace(place.id, parentId), from);
      setParentId(null);
    } catch (error) {
      setFailure(errorText(error, t('saveFailed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('places:moveTitle', { name: place.name })}
      onCancel={() => {
        setParentId(null);
        onClose();
      }}
      onOk={() => void submit()}
      confirmLoading={isBusy}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('places:moveHint', { level: tc(`levels.${parentLevel ?? 'district'}`) })}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('places:newParent')} required>
          <PlaceSearch
            level={parentLevel}
            exclude={[place.id, ...(from ? [from] : [])]}
            value={parentId}
            onChange={(id) => setParentId(id)}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      {failure ? <Typography.Text type="danger">{failure}</Typography.Text> : null}
    </Modal>
  );
}
