import { Badge } from '@fluentui/react-components';
import { sayId } from '../lib/format';
import type { Delivery } from '../types';

const SEVERITY_COLOR = { critical: 'danger', high: 'severe', medium: 'warning', low: 'informative' } as const;

export function SeverityBadge({ severity }: { severity: string }) {
  const color = SEVERITY_COLOR[severity as keyof typeof SEVERITY_COLOR] ?? 'informative';
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {sayId(severity)}
    </Badge>
  );
}

export function StatusBadge({ status, label }: { status: string; label?: string | undefined }) {
  return (
    <Badge
      appearance={status === 'new' ? 'filled' : status === 'closed' ? 'tint' : 'outline'}
      color={status === 'new' ? 'brand' : 'informative'}
      shape="rounded"
    >
      {label ?? sayId(status)}
    </Badge>
  );
}

const DELIVERY_WORDS: Record<Delivery, string> = {
  delivered: 'Alert delivered',
  waiting: 'Alert waiting to send',
  failed: 'Alert not delivered',
};

export function DeliveryText({ delivery }: { delivery: Delivery }) {
  if (delivery === 'failed')
    return (
      <Badge appearance="tint" color="danger" shape="rounded">
        {DELIVERY_WORDS.failed}
      </Badge>
    );
  return <>{DELIVERY_WORDS[delivery] ?? delivery}</>;
}
