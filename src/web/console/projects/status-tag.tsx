import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../shared/projects';
import { STATUS_COLORS } from '../../modules/projects/api';

const ICONS: Record<ProjectStatus, React.ReactNode> = {
  on_track: <ClockCircleOutlined />,
  behind: <WarningOutlined />,
  seriously_behind: <ExclamationCircleOutlined />,
  overdue: <ExclamationCircleOutlined />,
  done: <CheckCircleOutlined />,
};

/** A project's status in words with an icon and its colour (never colour alone). */
export function StatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return (
    <Tag color={STATUS_COLORS[status]} icon={ICONS[status]}>
      {t(`statuses.${status}`)}
    </Tag>
  );
}
