import {
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { ErrorBar } from '../components/error-bar';
import { useDesk } from '../desk-context';
import { CATEGORY_INFO, STATUSES } from '../domain-words';
import { day, minutes, sayId, when } from '../lib/format';
import { recordPath } from '../lib/route';
import { useLinkProps } from '../router';
import type { Overview } from '../types';
import { useLoad } from '../use-load';

// The chart library is most of the desk's weight: it is fetched (from this server) only when the overview opens.
const MonthChart = lazy(() => import('../components/month-chart').then((m) => ({ default: m.MonthChart })));

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const KIND_ORDER = Object.keys(CATEGORY_INFO);
const kindLabel = (kind: string) => (CATEGORY_INFO as Record<string, { label: string }>)[kind]?.label ?? sayId(kind);

function RecordLink({ reference }: { reference: string }) {
  return <Link {...useLinkProps(recordPath(reference))}>{reference}</Link>;
}

function CountTable({ label, rows }: { label: string; rows: [string, number][] }) {
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{label}</TableHeaderCell>
          <TableHeaderCell>Open</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([name, n]) => (
          <TableRow key={name}>
            <TableCell>{name}</TableCell>
            <TableCell>{n}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function OverviewPage() {
  const { api } = useDesk();
  const styles = useStyles();
  // Every minute: this page is read, not watched.
  const overview = useLoad<Overview>('overview', (signal) => api.get<Overview>('/api/desk/overview', signal), 60_000);
  const o = overview.data;

  const byStatus: [string, number][] = o
    ? [
        ...STATUSES.filter((s) => s !== 'closed' && s in o.byStatus).map((s): [string, number] => [
          sayId(s),
          o.byStatus[s] ?? 0,
        ]),
        ...Object.entries(o.byStatus)
          .filter(([s]) => s !== 'closed' && !(STATUSES as readonly string[]).includes(s))
          .map(([s, n]): [string, number] => [sayId(s), n]),
      ]
    : [];
  const byKind: [string, number][] = o ? Object.entries(o.byKind).map(([k, n]) => [kindLabel(k), n]) : [];

  return (
    <section aria-labelledby="overview-title">
      <Title2 as="h1" block id="overview-title">
        Overview
      </Title2>
      <Text as="p" block className={styles.muted}>
        Where the open concerns stand, what is waiting, and the figures for the governors' report.
      </Text>
      {overview.error ? <ErrorBar error={overview.error} onRetry={overview.reload} /> : null}
      {!o && overview.loading ? <Spinner label="Loading the overview…" /> : null}
      {o ? (
        <>
          {o.audit.verified ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>Audit trail intact</MessageBarTitle>
                All {o.audit.checked} entries of the audit chain verify: nothing was changed or removed.
                {o.audit.fullCheckAt
                  ? ` New entries are checked each time; the whole chain was last checked ${when(o.audit.fullCheckAt)}.`
                  : ''}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The audit chain does not verify</MessageBarTitle>
                {o.audit.problem ?? 'An entry was changed or removed.'} ({o.audit.checked} entries checked.) Tell your
                IT lead and the headteacher; keep the server as it is.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.grid}>
            <Card>
              <Subtitle2 as="h2" block>
                Open by status
              </Subtitle2>
              {byStatus.length ? (
                <CountTable label="Status" rows={byStatus} />
              ) : (
                <Text className={styles.muted}>No open concerns.</Text>
              )}
            </Card>
            <Card>
              <Subtitle2 as="h2" block>
                Open by kind
              </Subtitle2>
              {byKind.length ? (
                <CountTable label="Kind" rows={byKind} />
              ) : (
                <Text className={styles.muted}>No open concerns.</Text>
              )}
            </Card>
            <Card>
              <Subtitle2 as="h2" block>
                Not acknowledged in time
              </Subtitle2>
              {o.unacknowledged.length ? (
                <ul className={styles.list}>
                  {o.unacknowledged.map((u) => (
                    <li key={u.reference}>
                      <RecordLink reference={u.reference} /> · waiting {minutes(u.minutes)}
                    </li>
                  ))}
                </ul>
              ) : (
                <Text className={styles.muted}>Every alert was acknowledged within the reminder time.</Text>
              )}
            </Card>
            <Card>
              <Subtitle2 as="h2" block>
                Due for retention review
              </Subtitle2>
              {o.retentionDue.length ? (
                <ul className={styles.list}>
                  {o.retentionDue.map((r) => (
                    <li key={r.reference}>
                      <RecordLink reference={r.reference} /> · due {day(r.dueAt)}
                    </li>
                  ))}
                </ul>
              ) : (
                <Text className={styles.muted}>No record is due for review.</Text>
              )}
            </Card>
          </div>
          <Card>
            <Subtitle2 as="h2" block>
              Concerns per month by kind
            </Subtitle2>
            <Suspense fallback={<Spinner label="Drawing the chart…" />}>
              <MonthChart rows={o.perMonth} kindLabel={kindLabel} kindOrder={KIND_ORDER} />
            </Suspense>
          </Card>
        </>
      ) : null}
    </section>
  );
}
