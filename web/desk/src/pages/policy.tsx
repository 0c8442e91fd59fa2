import {
  Card,
  Link,
  makeStyles,
  ProgressBar,
  Spinner,
  Subtitle1,
  Subtitle2,
  Switch,
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
import { useMemo, useState } from 'react';
import { ErrorBar } from '../components/error-bar';
import { LiveRegion } from '../components/live-region';
import { PolicyEntryCard } from '../components/policy-entry';
import { useDesk } from '../desk-context';
import { asWords, ownerOrder } from '../lib/policy-words';
import type { PolicyPage as Policy, Vocabulary } from '../types';
import { useLoad } from '../use-load';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '520px' },
  jump: { display: 'flex', gap: tokens.spacingHorizontalL, margin: `${tokens.spacingVerticalS} 0` },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalL,
  },
  part: { marginTop: tokens.spacingVerticalXXL },
  typed: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export function PolicyPage() {
  const { api, me } = useDesk();
  const styles = useStyles();
  const policy = useLoad<Policy>('policy', (signal) => api.get<Policy>('/api/desk/policy', signal));
  const vocabulary = useLoad<Vocabulary>('vocabulary', (signal) => api.get<Vocabulary>('/api/desk/vocabulary', signal));
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const [said, setSaid] = useState('');
  const p = policy.data;

  const words = useMemo(() => {
    const v = vocabulary.data;
    return {
      acts: asWords(v?.acts),
      parties: asWords(v?.parties),
      facts: (Array.isArray(v?.facts) ? v.facts : []).filter((f) => typeof f?.id === 'string'),
      forces: asWords(v?.forces),
      binds: asWords(v?.binds),
    };
  }, [vocabulary.data]);

  const sections = useMemo(() => {
    if (!p) return [];
    const ordered = ownerOrder(p.sections);
    if (!onlyToCheck) return ordered;
    return ordered
      .map((s) => ({ ...s, entries: s.entries.filter((e) => !e.reviewed) }))
      .filter((s) => s.entries.length);
  }, [p, onlyToCheck]);

  const feedback = p ? [...p.feedback].sort((a, b) => b.notHelpful - a.notHelpful || b.helpful - a.helpful) : [];

  return (
    <section aria-labelledby="policy-title">
      <Title2 as="h1" block id="policy-title">
        Policy{p ? `: ${p.title}` : ''}
      </Title2>
      {policy.error ? <ErrorBar error={policy.error} onRetry={policy.reload} /> : null}
      {vocabulary.error ? <ErrorBar error={vocabulary.error} onRetry={vocabulary.reload} /> : null}
      {!p && policy.loading ? <Spinner label="Loading the policy's reading…" /> : null}
      <LiveRegion text={said} />
      {p ? (
        <>
          <Text as="p" block className={styles.muted}>
            How Boundary reads the policy (kept in{' '}
            <span className={styles.typed} title={p.file}>
              {p.file.split(/[\\/]/).pop()}
            </span>
            ), sentence by sentence. Entries it was unsure of come first.{' '}
            {me.isOwner ? 'Confirm each reading, or correct it: the next answer uses it.' : ''}
          </Text>
          <div className={styles.progress}>
            <ProgressBar
              value={p.progress.entries ? p.progress.reviewed / p.progress.entries : 0}
              thickness="large"
              aria-label="Entries checked"
            />
            <Text>
              {p.progress.reviewed} of {p.progress.entries} entries checked · {p.progress.rules} rules ·{' '}
              {p.progress.uncertain} still uncertain
            </Text>
          </div>
          <nav aria-label="On this page" className={styles.jump}>
            <Link href="#reading">The reading</Link>
            <Link href="#check">What Boundary answers</Link>
            <Link href="#feedback">Was this helpful?</Link>
          </nav>

          <div id="reading" className={styles.part}>
            <Subtitle1 as="h2" block>
              The reading, section by section
            </Subtitle1>
            <Switch
              label="Only entries not checked yet"
              checked={onlyToCheck}
              onChange={(_, d) => setOnlyToCheck(d.checked)}
            />
            {sections.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headings can repeat in a document
              <div key={`${s.heading}-${i}`} className={styles.section}>
                <Subtitle2 as="h3" block>
                  {s.heading || 'Untitled section'}
                </Subtitle2>
                {s.entries.map((e) => (
                  <PolicyEntryCard
                    key={e.id}
                    entry={e}
                    words={words}
                    canCorrect={me.isOwner}
                    onSaved={(what) => {
                      setSaid(what);
                      policy.reload();
                    }}
                  />
                ))}
              </div>
            ))}
            {sections.length === 0 ? (
              <Text as="p" block>
                Every entry has been checked.
              </Text>
            ) : null}
          </div>

          <div id="check" className={styles.part}>
            <Subtitle1 as="h2" block>
              What Boundary answers
            </Subtitle1>
            <Text as="p" block className={styles.muted}>
              A common question per topic and the answer staff get from this policy today.
            </Text>
            <Card>
              <Table aria-label="What Boundary answers per topic" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Topic</TableHeaderCell>
                    <TableHeaderCell>Question</TableHeaderCell>
                    <TableHeaderCell>Verdict</TableHeaderCell>
                    <TableHeaderCell>Answer</TableHeaderCell>
                    <TableHeaderCell>Sections</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {p.check.lines.map((l) => (
                    <TableRow key={`${l.topic}|${l.question}`}>
                      <TableCell>{l.topic}</TableCell>
                      <TableCell>{l.question}</TableCell>
                      <TableCell>{l.verdict.replace(/_/g, ' ')}</TableCell>
                      <TableCell>
                        <span className={styles.typed}>{l.answer}</span>
                      </TableCell>
                      <TableCell>{l.sections.filter(Boolean).join(', ') || '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
            <Subtitle2 as="h3" block>
              Topics the policy does not cover
            </Subtitle2>
            {p.check.gaps.length ? (
              <ul>
                {p.check.gaps.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            ) : (
              <Text as="p" block>
                None: every common topic is covered.
              </Text>
            )}
          </div>

          <div id="feedback" className={styles.part}>
            <Subtitle1 as="h2" block>
              Was this helpful?
            </Subtitle1>
            <Text as="p" block className={styles.muted}>
              What staff said about the answers, by the clause quoted: the clauses that confuse staff first.
            </Text>
            {feedback.length ? (
              <Card>
                <Table aria-label="Was this helpful, by clause" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Section</TableHeaderCell>
                      <TableHeaderCell>Clause</TableHeaderCell>
                      <TableHeaderCell>Not helpful</TableHeaderCell>
                      <TableHeaderCell>Helpful</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {feedback.map((f) => (
                      <TableRow key={`${f.section}|${f.clause}`}>
                        <TableCell>{f.section ?? '—'}</TableCell>
                        <TableCell>
                          <span className={styles.typed}>{f.clause}</span>
                        </TableCell>
                        <TableCell>{f.notHelpful}</TableCell>
                        <TableCell>{f.helpful}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Card>
            ) : (
              <Text as="p" block>
                No feedback yet.
              </Text>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
