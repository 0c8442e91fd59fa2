import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { DeskError } from '../api';
import { useDesk } from '../desk-context';
import { forceWords, sayCondition, sayWord, type WordLike } from '../lib/policy-words';
import type { Condition, PolicyEntry } from '../types';
import { EntryCorrection } from './entry-correction';
import { ErrorBar } from './error-bar';

export interface Words {
  acts: WordLike[];
  parties: WordLike[];
  facts: (WordLike & { kind: string })[];
  forces: WordLike[];
  binds: WordLike[];
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  plain: { fontWeight: tokens.fontWeightSemibold },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

function detailRows(entry: PolicyEntry, words: Words): [string, string][] {
  const rows: [string, string][] = [
    [
      'Binds',
      entry.binds === 'roles' && entry.roles?.length ? entry.roles.join(', ') : sayWord(words.binds, entry.binds),
    ],
    ['Force', forceWords(entry.force)],
  ];
  if (entry.acts.length) rows.push(['Acts', entry.acts.map((a) => sayWord(words.acts, a)).join('; ')]);
  rows.push(['With', entry.parties.length ? entry.parties.map((p) => sayWord(words.parties, p)).join(', ') : 'anyone']);
  if (entry.platforms.length) rows.push(['Platforms', entry.platforms.join(', ')]);
  if (entry.permissionOf) rows.push(['Permission of', entry.permissionOf]);
  const say = (c: string | Condition) => (typeof c === 'string' ? c : sayCondition(words.facts, c));
  if (entry.provided.length) rows.push(['Only if', entry.provided.map(say).join(' and ')]);
  if (entry.unless.length) rows.push(['Unless', entry.unless.map(say).join(' or ')]);
  if (entry.until.length) rows.push(['Until', entry.until.map(say).join(' and ')]);
  if (entry.duties.length)
    rows.push([
      'Duties',
      entry.duties.map((d) => [d.act, d.to ? `to ${d.to}` : '', d.within ?? ''].filter(Boolean).join(' ')).join('; '),
    ]);
  return rows;
}

export function PolicyEntryCard({
  entry,
  words,
  canCorrect,
  onSaved,
}: {
  entry: PolicyEntry;
  words: Words;
  canCorrect: boolean;
  onSaved: (what: string) => void;
}) {
  const { api } = useDesk();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DeskError | null>(null);
  // Many sentences share a section number: the entry's opening words make its name its own, for a screen reader
  // listing the page's groups and for the confirm and correct buttons that carry it.
  const name = `${entry.section ? `Entry ${entry.section}` : 'Entry'}: ${openingWords(entry.text)}`;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.send('PATCH', `/api/desk/policy/entries/${encodeURIComponent(entry.id)}`, { reviewed: true });
      onSaved(`${name} confirmed.`);
    } catch (err) {
      setError(err instanceof DeskError ? err : new DeskError(0, 'unexpected', 'That did not save. Try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className={styles.card} role="group" aria-label={name}>
      <div className={styles.row}>
        {entry.reviewed ? (
          <Badge appearance="tint" color="success" shape="rounded">
            Checked
          </Badge>
        ) : (
          <Badge appearance="outline" color="informative" shape="rounded">
            Not checked yet
          </Badge>
        )}
        {entry.force === 'none' ? (
          <Badge appearance="outline" color="subtle" shape="rounded">
            Not a rule
          </Badge>
        ) : null}
      </div>
      <Text as="p" block className={styles.plain}>
        {entry.plain}
      </Text>
      <blockquote className={styles.quote}>
        {entry.leadIn ? `${entry.leadIn} … ` : ''}
        {entry.text}
      </blockquote>
      <dl className={styles.facts}>
        {detailRows(entry, words).map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.uncertain.length && !entry.reviewed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Boundary is not sure</MessageBarTitle>
            <ul style={{ margin: 0 }}>
              {entry.uncertain.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {entry.note ? <Text>Owner's note: {entry.note}</Text> : null}
      {error ? <ErrorBar error={error} /> : null}
      {canCorrect ? (
        <div className={styles.row}>
          {!entry.reviewed ? (
            <Button appearance="primary" disabled={busy} onClick={() => void confirm()} aria-label={`Confirm ${name}`}>
              Confirm
            </Button>
          ) : null}
          <EntryCorrection entry={entry} words={words} name={name} onSaved={onSaved} />
        </div>
      ) : null}
    </Card>
  );
}

/** The first words of a sentence, enough to tell it from its neighbours ("Staff must not accept friend …"). */
function openingWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 ? words.join(' ') : `${words.slice(0, 8).join(' ')} …`;
}
