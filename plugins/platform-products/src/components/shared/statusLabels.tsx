import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type {
  CheckStatus,
  SlaAlertState,
  SlaStatus,
} from '@paved-road/plugin-platform-products-common';

// Every status is shown as an icon and a word: colour is never the only signal.

const checkStatuses: Record<
  CheckStatus,
  { Icon: typeof StatusOK; label: string }
> = {
  pass: { Icon: StatusOK, label: 'Pass' },
  warn: { Icon: StatusWarning, label: 'Warning' },
  fail: { Icon: StatusError, label: 'Fail' },
  waived: { Icon: StatusAborted, label: 'Waived' },
  unknown: { Icon: StatusPending, label: 'Unknown' },
  error: { Icon: StatusError, label: 'Check error' },
};

const slaStatuses: Record<SlaStatus, { Icon: typeof StatusOK; label: string }> =
  {
    met: { Icon: StatusOK, label: 'Met' },
    'at-risk': { Icon: StatusWarning, label: 'At risk' },
    breached: { Icon: StatusError, label: 'Breached' },
    'no-data': { Icon: StatusPending, label: 'No data' },
  };

const alertStates: Record<
  SlaAlertState,
  { Icon: typeof StatusOK; label: string }
> = {
  none: { Icon: StatusOK, label: 'No alert' },
  ticket: { Icon: StatusWarning, label: 'Ticket' },
  page: { Icon: StatusError, label: 'Page' },
};

export function CheckStatusLabel(props: { status: CheckStatus }) {
  const { Icon, label } = checkStatuses[props.status] ?? checkStatuses.unknown;
  return <Icon>{label}</Icon>;
}

export function SlaStatusLabel(props: { status: SlaStatus }) {
  const { Icon, label } = slaStatuses[props.status] ?? slaStatuses['no-data'];
  return <Icon>{label}</Icon>;
}

export function SlaAlertLabel(props: { state: SlaAlertState }) {
  const { Icon, label } = alertStates[props.state] ?? alertStates.none;
  return <Icon>{label}</Icon>;
}

export function slaStatusText(status: SlaStatus): string {
  return (slaStatuses[status] ?? slaStatuses['no-data']).label;
}
