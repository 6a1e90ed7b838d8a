import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../shared/projects';

const ICONS: Record<ProjectStatus, ReactNode> = {
  on_track: <ClockCircleOutlined aria-hidden />,
  behind: <WarningOutlined aria-hidden />,
  seriously_behind: <ExclamationCircleOutlined aria-hidden />,
  overdue: <ExclamationCircleOutlined aria-hidden />,
  done: <CheckCircleOutlined aria-hidden />,
};

/** The status in words with an icon (never colour alone, DESIGN.md). */
export function ProjectStatusText({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return (
    <span className={`lx-project-status is-${status}`}>
      {ICONS[status]} {t(`statuses.${status}`)}
    </span>
  );
}

/** 按计划此时应完成 / 实际已完成, large, side by side. */
export function ProgressFigures({ planned, actual }: { planned: number; actual: number }) {
  const { t } = useTranslation('projects');
  return (
    <div className="lx-project-figures">
      <div>
        <div className="lx-muted">{t('phone.plannedHint')}</div>
        <div className="lx-project-figure">{planned}%</div>
      </div>
      <div>
        <div className="lx-muted">{t('phone.actualHint')}</div>
        <div className="lx-project-figure">{actual}%</div>
      </div>
    </div>
  );
}
