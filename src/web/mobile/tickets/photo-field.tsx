import { ImageUploader, type ImageUploadItem } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_TYPES } from '../../modules/tickets/api';

export type PhotoItem = ImageUploadItem & { extra: File };

/**
 * Photos are kept on the phone until the ticket exists, then sent in one request. Wrong types and files over
 * 10 MB are refused here, with the reason, before anything is sent.
 */
export function PhotoField({
  value = [],
  onChange,
  max = MAX_PHOTOS,
}: {
  value?: PhotoItem[];
  onChange?: (items: PhotoItem[]) => void;
  max?: number;
}) {
  const { t } = useTranslation('tickets');
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(value);
  latest.current = value;
  // The previews live as long as the form: let them go when it closes.
  useEffect(
    () => () => {
      for (const item of latest.current) {
        URL.revokeObjectURL(item.url);
      }
    },
    [],
  );
  return (
    <div>
      <ImageUploader
        value={value}
        onChange={(items) => onChange?.(items as PhotoItem[])}
        multiple
        maxCount={max}
        accept={PHOTO_TYPES.join(',')}
        beforeUpload={(file) => {
          if (!PHOTO_TYPES.includes(file.type)) {
            setProblem(t('phone.photos.wrongType', { name: file.name }));
            return null;
          }
          if (file.size > MAX_PHOTO_BYTES) {
            setProblem(t('phone.photos.tooLarge', { name: file.name }));
            return null;
          }
          setProblem(null);
          return file;
        }}
        upload={async (file) => ({ url: URL.createObjectURL(file), extra: file })}
        onCountExceed={() => setProblem(t('phone.photos.tooMany', { max }))}
      />
      <div className="lx-muted lx-hint">{t('phone.photos.hint', { max })}</div>
      {problem ? (
        <div role="alert" className="lx-form-error-inline">
          {problem}
        </div>
      ) : null}
    </div>
  );
}
