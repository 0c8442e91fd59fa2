import {
  Button,
  Card,
  Link,
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
import { useEffect, useState } from 'react';
import { DeskError } from '../api';
import { SeverityBadge, StatusBadge } from '../components/badges';
import { ErrorBar } from '../components/error-bar';
import { LiveRegion } from '../components/live-region';
import { RecordActions } from '../components/record-actions';
import { isLead, useDesk } from '../desk-context';
import { OUTCOME_LABELS } from '../domain-words';
import { when } from '../lib/format';
import { BASE } from '../lib/route';
import { useLinkProps } from '../router';
import type { ActionBody, ConcernRecord, Note } from '../types';
import { useLoad } from '../use-load';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  meta: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}` },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  // What a reporter typed keeps its lines and is never read as markup.
  typed: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function noteParts(note: Note): { at?: string | undefined; by?: string | undefined; text: string } {
  if (typeof note === 'string') return { text: note };
  return { at: note.at, by: note.by, text: note.text ?? note.detail ?? note.what ?? '' };
}

function outcomeLabel(outcome: string): string {
  return (OUTCOME_LABELS as Record<string, string>)[outcome] ?? outcome;
}

export function RecordPage({ reference }: { reference: string }) {
  const { api, me } = useDesk();
  const styles = useStyles();
  // Loaded once, not polled: every read of a record is audited, and a poll would fill the audit trail. An action
  // someone else got to first answers 409, and the record is reloaded then.
  const record = useLoad<ConcernRecord>(`record:${reference}`, (signal) =>
    api.get<ConcernRecord>(`/api/desk/concerns/${encodeURIComponent(reference)}`, signal),
  );
  const [said, setSaid] = useState('');
  const [exportError, setExportError] = useState<DeskError | null>(null);
  const [exporting, setExporting] = useState(false);
  const back = useLinkProps(`${BASE}/concerns`);

  useEffect(() => {
    document.title = `${reference} · Safeguarding desk`;
    return () => {
      document.title = 'Safeguarding desk';
    };
  }, [reference]);

  const act = async (body: ActionBody, done: string) => {
    const next = await api.send<ConcernRecord>(
      'POST',
      `/api/desk/concerns/${encodeURIComponent(reference)}/actions`,
      body,
    );
    record.set(next);
    setSaid(done);
  };

  const exportPdf = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await api.download(`/api/desk/concerns/${encodeURIComponent(reference)}/export.pdf`, `${reference}.pdf`);
    } catch (err) {
      setExportError(err instanceof DeskError ? err : new DeskError(0, 'unexpected', 'The export did not work.'));
    } finally {
      setExporting(false);
    }
  };

  const r = record.data;
  return (
    <article aria-labelledby="record-title">
      <Link {...back}>← All concerns</Link>
      <div className={styles.head}>
        <Title2 as="h1" block id="record-title">
          {reference}
          {r ? ` · ${r.kindLabel}` : ''}
        </Title2>
        {r ? <SeverityBadge severity={r.severity} /> : null}
        {r ? <StatusBadge status={r.status} label={r.statusLabel} /> : null}
        {r && isLead(me) ? (
          <Button onClick={() => void exportPdf()} disabled={exporting}>
            {exporting ? 'Exporting…' : 'Export PDF'}
          </Button>
        ) : null}
      </div>
      {exportError ? <ErrorBar error={exportError} /> : null}
      <LiveRegion text={said} />
      {record.error ? <ErrorBar error={record.error} onRetry={record.reload} /> : null}
      {!r && record.loading ? <Spinner label="Opening the record…" /> : null}
      {r ? (
        <>
          <Text as="p" block className={styles.meta}>
            Reported by {r.reporter} on {when(r.createdAt)} ·{' '}
            {r.assignedTo ? `assigned to ${r.assignedTo}` : 'not assigned yet'}
          </Text>
          <div className={styles.grid}>
            <div className={styles.column}>
              <Card>
                <Subtitle2 as="h2" block>
                  What was reported
                </Subtitle2>
                {r.summary ? <p className={styles.typed}>{r.summary}</p> : null}
                {r.facts.length ? (
                  <dl className={styles.facts}>
                    {r.facts.map((f, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: facts have no id and never reorder
                      <div key={i} style={{ display: 'contents' }}>
                        <dt className={styles.term}>{f.label}</dt>
                        <dd className={styles.typed} style={{ margin: 0 }}>
                          {f.value}
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : (
                  <Text className={styles.muted}>No details are shown to your role.</Text>
                )}
              </Card>
              <Card>
                <Subtitle2 as="h2" block>
                  Chronology
                </Subtitle2>
                <Table aria-label="Chronology" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>When</TableHeaderCell>
                      <TableHeaderCell>Who</TableHeaderCell>
                      <TableHeaderCell>What</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {r.chronology.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the chronology only grows at the end
                      <TableRow key={i}>
                        <TableCell>
                          <time dateTime={c.at}>{when(c.at)}</time>
                        </TableCell>
                        <TableCell>{c.by}</TableCell>
                        <TableCell>
                          <Text weight="semibold">{c.what}</Text>
                          {c.detail ? <p className={styles.typed}>{c.detail}</p> : null}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Card>
              {!r.reporterView ? (
                <>
                  <Card>
                    <Subtitle2 as="h2" block>
                      Notes
                    </Subtitle2>
                    {r.notes.length ? (
                      <ul className={styles.list}>
                        {r.notes.map((n, i) => {
                          const p = noteParts(n);
                          return (
                            // biome-ignore lint/suspicious/noArrayIndexKey: notes are only added, never reordered
                            <li key={i}>
                              {p.at || p.by ? (
                                <Text size={200} className={styles.muted}>
                                  {[p.by, p.at ? when(p.at) : ''].filter(Boolean).join(' · ')}
                                </Text>
                              ) : null}
                              <p className={styles.typed}>{p.text}</p>
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <Text className={styles.muted}>No notes yet.</Text>
                    )}
                  </Card>
                  <Card>
                    <Subtitle2 as="h2" block>
                      Decisions and rationale
                    </Subtitle2>
                    {r.decisions.length ? (
                      <Table aria-label="Decisions" size="small">
                        <TableHeader>
                          <TableRow>
                            <TableHeaderCell>When</TableHeaderCell>
                            <TableHeaderCell>Who</TableHeaderCell>
                            <TableHeaderCell>Decision</TableHeaderCell>
                            <TableHeaderCell>Why</TableHeaderCell>
                          </TableRow>
                        </TableHeader>
                        <TableBody>
                          {r.decisions.map((d, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: decisions are only added
                            <TableRow key={i}>
                              <TableCell>
                                <time dateTime={d.at}>{when(d.at)}</time>
                              </TableCell>
                              <TableCell>{d.by}</TableCell>
                              <TableCell>{outcomeLabel(d.outcome)}</TableCell>
                              <TableCell>
                                <p className={styles.typed}>{d.rationale}</p>
                              </TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    ) : (
                      <Text className={styles.muted}>No decision recorded yet.</Text>
                    )}
                  </Card>
                </>
              ) : null}
            </div>
            <div className={styles.column}>
              {r.allowedActions.length ? (
                <RecordActions
                  allowed={r.allowedActions}
                  assignedToMe={r.assignedToMe ?? r.assignedTo === me.name}
                  act={act}
                  onConflict={record.reload}
                />
              ) : (
                <Card>
                  <Subtitle2 as="h2" block>
                    Actions
                  </Subtitle2>
                  <Text className={styles.muted}>
                    {r.status === 'closed' ? 'This concern is closed.' : 'No actions are open to your role.'}
                  </Text>
                </Card>
              )}
            </div>
          </div>
        </>
      ) : null}
    </article>
  );
}
