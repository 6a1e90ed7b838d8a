import { useQueryClient } from '@tanstack/react-query';
import { Dialog, ImageViewer, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { type Photo, removePhoto, ticketKeys, usePhotos } from '../../modules/tickets/api';
import { useErrorText } from '../ui/states';

/**
 * The photos, three to a row; a tap opens them full screen. Under a photo the caller may take off (their own,
 * while the ticket is open: a wrong picture, a face that should not be there) sits a 删除 link.
 */
export function PhotoGrid({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation(['mobile', 'tickets']);
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const errorText = useErrorText();
  const photos = usePhotos(ticketId).data ?? [];
  if (photos.length === 0) {
    return null;
  }
  const urls = photos.map((p) => p.url);
  const remove = async (photo: Photo) => {
    const sure = await Dialog.confirm({
      content: t('tickets:phone.detail.removePhotoConfirm'),
      confirmText: t('tickets:phone.detail.removePhoto'),
      cancelText: tc('actions.cancel'),
    });
    if (!sure) {
      return;
    }
    try {
      await removePhoto(ticketId, photo.id);
      await client.invalidateQueries({ queryKey: ticketKeys.photos(ticketId) });
      Toast.show({ content: t('tickets:phone.detail.photoRemoved') });
    } catch (error) {
      Toast.show({ content: errorText(error) });
    }
  };
  return (
    <div className="lx-photos">
      {photos.map((p, i) => (
        <div key={p.id}>
          <button
            type="button"
            className="lx-photo"
            aria-label={t('tickets:phone.detail.openPhoto', { n: i + 1, count: photos.length })}
            onClick={() => ImageViewer.Multi.show({ images: urls, defaultIndex: i })}
          >
            <img src={p.url} alt={t('tickets:phone.detail.photo')} loading="lazy" />
          </button>
          {p.mayRemove ? (
            <button
              type="button"
              className="lx-photo-remove"
              data-testid="photo-remove"
              onClick={() => void remove(p)}
            >
              {t('tickets:phone.detail.removePhoto')}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
