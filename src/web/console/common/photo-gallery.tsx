import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Image, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/errors';

type Photo = { id: string; url: string };

/**
 * The photos of a station, an activity …: thumbnails that open large, an upload button and a delete under each
 * for those who may change them. The subject's module supplies its three calls and its query key.
 */
export function PhotoGallery({
  queryKey,
  list,
  upload,
  remove,
  canWrite,
  uploadText,
  emptyText,
}: {
  queryKey: readonly unknown[];
  list: () => Promise<Photo[]>;
  upload: (files: File[]) => Promise<unknown>;
  remove: (photoId: string) => Promise<unknown>;
  canWrite: boolean;
  uploadText: string;
  emptyText: string;
}) {
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const photos = useQuery({ queryKey, queryFn: list });
  const refresh = () => void client.invalidateQueries({ queryKey });
  return (
    <>
      {canWrite ? (
        <Upload
          accept="image/jpeg,image/png,image/webp"
          multiple
          showUploadList={false}
          customRequest={async ({ file, onSuccess, onError }) => {
            try {
              await upload([file as File]);
              onSuccess?.(null);
              refresh();
            } catch (error) {
              void message.error(errorText(error, tc('actions.uploadFailed')));
              onError?.(error as Error);
            }
          }}
        >
          <Button icon={<UploadOutlined />} style={{ marginBottom: 12 }} data-testid="photo-upload">
            {uploadText}
          </Button>
        </Upload>
      ) : null}
      {photos.data?.length === 0 ? (
        <Typography.Paragraph type="secondary">{emptyText}</Typography.Paragraph>
      ) : null}
      <Space wrap>
        {(photos.data ?? []).map((p) => (
          <Space key={p.id} direction="vertical" size={4} data-testid="photo">
            <Image src={p.url} width={140} height={105} style={{ objectFit: 'cover' }} />
            {canWrite ? (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={async () => {
                  await remove(p.id);
                  refresh();
                }}
              >
                {tc('actions.delete')}
              </Button>
            ) : null}
          </Space>
        ))}
      </Space>
    </>
  );
}
