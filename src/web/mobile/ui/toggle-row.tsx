import { Switch } from 'antd-mobile';

/**
 * An on/off choice whose whole row is the target (≥ 60 px high in elderly mode), not only the small switch.
 * Used as a Form.Item child with valuePropName="checked".
 */
export function ToggleRow({
  label,
  description,
  checked = false,
  onChange,
  testId,
}: {
  label: string;
  description?: string;
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  testId?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className="lx-toggle lx-touch"
      onClick={() => onChange?.(!checked)}
      data-testid={testId}
    >
      <span className="lx-toggle-text">
        <span>{label}</span>
        {description ? <span className="lx-muted lx-hint">{description}</span> : null}
      </span>
      <Switch checked={checked} aria-hidden />
    </button>
  );
}
