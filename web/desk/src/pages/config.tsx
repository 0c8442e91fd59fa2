import { Field, makeStyles, Radio, RadioGroup, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Host } from '../host';
import { BASE } from '../lib/route';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`, maxWidth: '640px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The channel tab's configuration page (manifest configurationUrl /tab/config): Teams shows it when the desk is
 * added to a channel, typically the safeguarding channel. It needs no sign-in: it only says where the tab opens.
 */
export function ConfigPage({ host }: { host: Host }) {
  const styles = useStyles();
  const [start, setStart] = useState<'concerns' | 'overview'>('concerns');
  const chosen = useRef(start);
  chosen.current = start;
  const [inTeams, setInTeams] = useState(true);
  useEffect(() => {
    setInTeams(host.configureChannelTab(() => `${BASE}/${chosen.current}`));
  }, [host]);
  return (
    <main className={styles.page}>
      <Title2 as="h1" block>
        Add the safeguarding desk to this channel
      </Title2>
      <Text as="p" block>
        The desk lists the concerns reported through Boundary, with their records, and the overview for the governors'
        report. Only the safeguarding leads see concerns; other members of the channel see their own reports.
      </Text>
      <Field label="Open the tab on">
        <RadioGroup value={start} onChange={(_, d) => setStart(d.value === 'overview' ? 'overview' : 'concerns')}>
          <Radio value="concerns" label="The concerns" />
          <Radio value="overview" label="The overview" />
        </RadioGroup>
      </Field>
      {inTeams ? null : (
        <Text as="p" block className={styles.muted}>
          Teams shows this page when the desk is added to a channel; outside Teams there is nothing to save.
        </Text>
      )}
    </main>
  );
}
