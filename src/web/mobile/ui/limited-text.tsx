import { Input, type InputProps, TextArea, type TextAreaProps } from 'antd-mobile';
import { type TextLimit, textLength } from '../../../shared/limits';
import './limited-text.css';

// The phone's limited text fields: a counter under the field (23/100, red past the limit) and never a cut —
// antd-mobile's maxLength drops whatever is pasted past it without a word. The form's rule (ui/text-limit.ts
// limitRule, on the Form.Item) says by how much it is over and keeps the form from submitting.

type Limited<P> = Omit<P, 'maxLength' | 'showCount'> & { limit: TextLimit };

function Counter({ value, limit }: { value: string | undefined; limit: TextLimit }) {
  const length = textLength(value ?? '');
  return (
    <div className={length > limit.max ? 'lx-count lx-count-over' : 'lx-count'} data-testid="text-count">
      {length}/{limit.max}
    </div>
  );
}

/** antd-mobile's Input with a counter, as a Form.Item child (value and onChange come from the form). */
export function LimitedInput({ limit, ...props }: Limited<InputProps>) {
  return (
    <div className="lx-limited">
      <Input {...props} />
      <Counter value={props.value} limit={limit} />
    </div>
  );
}

/** antd-mobile's TextArea with a counter, as a Form.Item child. */
export function LimitedTextArea({ limit, ...props }: Limited<TextAreaProps>) {
  return (
    <div className="lx-limited">
      <TextArea {...props} />
      <Counter value={props.value} limit={limit} />
    </div>
  );
}
