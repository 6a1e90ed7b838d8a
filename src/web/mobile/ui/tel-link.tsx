import { PhoneOutlined } from '@ant-design/icons';

/** A phone number people can tap to call; a masked one (138****0001) cannot be dialled and stays text. */
export function TelLink({ phone, label }: { phone: string; label?: string }) {
  if (phone.includes('*')) {
    return <span>{phone}</span>;
  }
  return (
    <a className="lx-tel" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
      <PhoneOutlined aria-hidden /> {label ?? phone}
    </a>
  );
}
