import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Image, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Photo, removePhoto, ticketKeys, uploadPhotos, usePhotos } from '../../modules/tickets/api';
import { errorText } from '../../ui/errors';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { formatTime } from '../../ui/time';

const ACCEPT = 'image/jpeg,image/png,image/webp';

/**
 * 附件: the ticket's photos (the office gets the originals), adding more (≤ 9 per ticket, ≤ 10 MB each) and
 * taking one off while the ticket is open (the server says which: `mayRemove`).
 */
export function PhotosTab({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const { message } = App.useApp();
  const client = useQueryClient();
  const photos = usePhotos(ticketId);
  const [isUploading, setUploading] = useState(false);

  const upload = async (files: File[]) => {
    setUploading(true);
    try {
      await uploadPhotos(ticketId, files);
      await client.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      void message.success(t('office.photos.uploaded', { count: files.length }));
    } catch (error) {
      void message.error(errorText(error, t('office.photos.failed')));
    } finally {
      setUploading(false);
    }
  };

  const remove = async (photo: Photo) => {
    try {
      await removePhoto(ticketId, photo.id);
      await client.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      void message.success(t('office.photos.removed'));
    } catch (error) {
      void message.error(errorText(error, t('office.photos.removeFailed')));
    }
  };

  if (photos.isLoading) {
    return <LoadingState rows={2} />;
  }
  if (photos.error) {
    return <ErrorState error={photos.error} onRetry={() => void photos.refetch()} />;
  }
  const items = photos.data ?? [];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('office.photos.hint')}</Typography.Text>
        <Upload
          accept={ACCEPT}
          multiple
          showUploadList={false}
          beforeUpload={(file, list) => {
            // antd calls this once per file; send the batch once, with the last one.
            if (file === list[list.length - 1]) {
              void upload(list);
            }
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={isUploading}>
            {t('office.photos.add')}
          </Button>
        </Upload>
      </Flex>
      {items.length === 0 ? (
        <EmptyState description={t('office.photos.empty')} />
      ) : (
        <Image.PreviewGroup>
          <Flex gap={12} wrap>
            {items.map((p) => (
              <figure key={p.id} style={{ margin: 0 }}>
                <Image
                  src={p.url}
                  width={160}
                  height={120}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                  alt=""
                />
                <figcaption style={{ color: '#8c8c8c', fontSize: 12 }}>
                  <Flex justify="space-between" align="center">
                    {formatTime(p.createdAt)}
                    {p.mayRemove ? (
                      <Popconfirm
                        title={t('office.photos.removeConfirm')}
                        okText={t('office.photos.remove')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(p)}
                      >
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('office.photos.remove')}
                          data-testid="photo-remove"
                        />
                      </Popconfirm>
                    ) : null}
                  </Flex>
                </figcaption>
              </figure>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </>
  );
}
