import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  Option,
  SearchBox,
  Spinner,
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
import { useEffect, useRef, useState } from 'react';
import { DeliveryText, SeverityBadge, StatusBadge } from '../components/badges';
import { ErrorBar } from '../components/error-bar';
import { LiveRegion } from '../components/live-region';
import { isLead, useDesk } from '../desk-context';
import { CATEGORY_INFO, STATUSES } from '../domain-words';
import { type ConcernFilters, filterProblem, filterQuery, NO_FILTERS, pageWords } from '../lib/filters';
import { age, sayId, when } from '../lib/format';
import { recordPath } from '../lib/route';
import { useLinkProps } from '../router';
import type { ConcernList, ConcernRow } from '../types';
import { useLoad } from '../use-load';
import { useNow } from '../use-now';

/** Often enough that a concern raised through the bot is on screen within a second. */
const POLL_MS = 400;

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  narrow: { minWidth: '160px' },
  tableWrap: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  nowrap: { whiteSpace: 'nowrap' },
  pager: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
});

const STATUS_OPTIONS = [{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: sayId(s) }))];
const KIND_OPTIONS = [
  { value: '', label: 'Any kind' },
  ...Object.entries(CATEGORY_INFO).map(([value, info]) => ({ value, label: info.label })),
];

function ReferenceLink({ reference }: { reference: string }) {
  return <Link {...useLinkProps(recordPath(reference))}>{reference}</Link>;
}

function lastActionText(row: ConcernRow): string {
  if (!row.lastAction) return '—';
  return `${row.lastAction.what} · ${row.lastAction.by} · ${when(row.lastAction.at)}`;
}

export function ConcernsPage() {
  const { api, me } = useDesk();
  const lead = isLead(me);
  const styles = useStyles();
  const now = useNow(30_000);
  const [filters, setFiltersOnly] = useState<ConcernFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  // New filters start again from the first page.
  const setFilters = (next: ConcernFilters | ((f: ConcernFilters) => ConcernFilters)) => {
    setFiltersOnly(next);
    setPage(1);
  };
  const problem = filterProblem(filters);
  const query = problem ? null : filterQuery(filters, page);
  const list = useLoad<ConcernList>(
    query === null ? null : `concerns${query}`,
    (signal) => api.get<ConcernList>(`/api/desk/concerns${query ?? ''}`, signal),
    POLL_MS,
  );
  const rows = list.data?.concerns ?? [];

  // New concerns arriving while the page is open are announced to screen readers (not on first load or when the
  // filters change, which would announce the whole list).
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<{ query: string | null; refs: Set<string> } | null>(null);
  useEffect(() => {
    if (!list.data) return;
    const refs = new Set(list.data.concerns.map((c) => c.reference));
    const before = seen.current;
    // Only on the first page: on a later one, a row moving in from the page before is not a new concern.
    if (before && before.query === query && page === 1) {
      const fresh = [...refs].filter((r) => !before.refs.has(r));
      if (fresh.length === 1) setAnnouncement(`New concern ${fresh[0]}`);
      else if (fresh.length > 1) setAnnouncement(`${fresh.length} new concerns`);
    }
    seen.current = { query, refs };
  }, [list.data, query, page]);

  const unfiltered = JSON.stringify(filters) === JSON.stringify(NO_FILTERS);
  const set = (patch: Partial<ConcernFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const statusLabel = STATUS_OPTIONS.find((o) => o.value === filters.status)?.label ?? '';
  const kindLabel = KIND_OPTIONS.find((o) => o.value === filters.kind)?.label ?? '';

  return (
    <section aria-labelledby="concerns-title">
      <Title2 as="h1" block id="concerns-title">
        {lead ? 'Concerns' : 'My reports'}
      </Title2>
      {!lead ? (
        <Text as="p" block className={styles.muted}>
          The concerns you reported and where each one is. The safeguarding team sees the full record.
        </Text>
      ) : null}
      <search className={styles.filters} aria-label="Filter the concerns">
        <Field label="Reference">
          <SearchBox
            placeholder="e.g. SM-2026-0001"
            value={filters.q}
            onChange={(_, d) => set({ q: d.value })}
            autoComplete="off"
          />
        </Field>
        <Field label="Status">
          <Dropdown
            className={styles.narrow}
            value={statusLabel}
            selectedOptions={[filters.status]}
            onOptionSelect={(_, d) => set({ status: d.optionValue ?? '' })}
          >
            {STATUS_OPTIONS.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Kind">
          <Dropdown
            className={styles.narrow}
            value={kindLabel}
            selectedOptions={[filters.kind]}
            onOptionSelect={(_, d) => set({ kind: d.optionValue ?? '' })}
          >
            {KIND_OPTIONS.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="From">
          <Input type="date" value={filters.from} onChange={(_, d) => set({ from: d.value })} />
        </Field>
        <Field label="To" validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
          <Input type="date" value={filters.to} onChange={(_, d) => set({ to: d.value })} />
        </Field>
        {lead ? (
          <Checkbox
            label="Assigned to me"
            checked={filters.mine}
            onChange={(_, d) => set({ mine: d.checked === true })}
          />
        ) : null}
        <Button onClick={() => setFilters(NO_FILTERS)} disabled={unfiltered}>
          Clear filters
        </Button>
      </search>
      {list.error ? <ErrorBar error={list.error} onRetry={list.reload} /> : null}
      <LiveRegion text={announcement} />
      {list.loading && !list.data ? (
        <Spinner label="Loading the concerns…" />
      ) : (
        <div className={styles.tableWrap}>
          <Table aria-label={lead ? 'Concerns' : 'My reports'} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Reference</TableHeaderCell>
                <TableHeaderCell>Kind</TableHeaderCell>
                <TableHeaderCell>Severity</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Age</TableHeaderCell>
                <TableHeaderCell>Assigned to</TableHeaderCell>
                <TableHeaderCell>Last action</TableHeaderCell>
                {lead ? <TableHeaderCell>Alert</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.reference}>
                  <TableCell className={styles.nowrap}>
                    <ReferenceLink reference={row.reference} />
                  </TableCell>
                  <TableCell>{row.kindLabel}</TableCell>
                  <TableCell>
                    <SeverityBadge severity={row.severity} />
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={row.status} label={row.statusLabel} />
                  </TableCell>
                  <TableCell className={styles.nowrap}>
                    <time dateTime={row.createdAt} title={when(row.createdAt)}>
                      {age(row.createdAt, now)}
                    </time>
                  </TableCell>
                  <TableCell>{row.assignedTo ?? <span className={styles.muted}>Nobody yet</span>}</TableCell>
                  <TableCell>{lastActionText(row)}</TableCell>
                  {lead ? (
                    <TableCell>
                      <DeliveryText delivery={row.delivery} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows.length === 0 && !list.error ? (
            <Text as="p" block className={styles.muted} style={{ padding: tokens.spacingHorizontalM }}>
              {page > 1
                ? 'There are no more concerns: go back a page.'
                : unfiltered
                  ? lead
                    ? 'No concerns yet. A concern reported through the bot appears here at once.'
                    : 'You have not reported a concern.'
                  : 'No concern matches these filters.'}
            </Text>
          ) : null}
        </div>
      )}
      {list.data && (page > 1 || list.data.hasMore) ? (
        <nav className={styles.pager} aria-label="Pages of concerns">
          <Button disabledFocusable={page <= 1} onClick={() => setPage((p) => Math.max(1, p - 1))}>
            Previous page
          </Button>
          <Text aria-live="polite">
            Page {page} · {pageWords(page, list.data.pageSize, rows.length, lead ? 'Concerns' : 'Reports')}
          </Text>
          <Button disabledFocusable={!list.data.hasMore} onClick={() => setPage((p) => p + 1)}>
            Next page
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
