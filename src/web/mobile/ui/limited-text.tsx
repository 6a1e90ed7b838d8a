import { Form, Input, type InputProps, TextArea, type TextAreaProps } from 'antd-mobile';
import type { ReactNode } from 'react';
import { type TextLimit, textLength } from '../../../shared/limits';
import { limitRule } from '../../ui/text-limit';
import './limited-text.css';

// The phone's limited text fields: a counter under the field (23/100, red past the limit) and never a cut —
// antd-mobile's maxLength drops whatever is pasted past it without a word. The form's rule (ui/text-limit.ts
// limitRule) says by how much it is over and keeps the form from submitting; one limit feeds both.

function Counter({ value, limit }: { value: string | undefined; limit: TextLimit }) {
  const length = textLength(value ?? '');
  return (
    <div className={length > limit.max ? 'lx-count lx-count-over' : 'lx-count'} data-testid="text-count">
      {length}/{limit.max}
    </div>
  );
}

type TextProps = Pick<InputProps, 'placeholder' | 'clearable' | 'autoComplete'> & {
  /** Lines of a text area; without it the field is one line. */
  rows?: number;
  'data-testid'?: string;
};

/**
 * The field itself, as a Form.Item child: the form hands it value, onChange and the id its label points at,
 * and all of them go on to the input.
 */
function LimitedText({
  limit,
  rows,
  ...props
}: Omit<InputProps, 'maxLength'> & TextProps & { limit: TextLimit }) {
  return (
    <div className="lx-limited">
      {rows ? <TextArea {...(props as TextAreaProps)} rows={rows} /> : <Input {...props} />}
      <Counter value={props.value} limit={limit} />
    </div>
  );
}

type ItemProps = TextProps & {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  limit: TextLimit;
  /** What to say when it is left empty; without it the field may stay empty. */
  requiredMessage?: string;
};

/** A form item for a limited text: its label, the required and limit rules, the field and its counter. */
export function LimitedTextItem({ name, label, description, limit, requiredMessage, ...text }: ItemProps) {
  return (
    <Form.Item
      name={name}
      label={label}
      description={description}
      rules={[
        ...(requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []),
        limitRule(limit),
      ]}
    >
      <LimitedText limit={limit} {...text} />
    </Form.Item>
  );
}
