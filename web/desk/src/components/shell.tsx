import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { canSeePolicy, isLead, useDesk } from '../desk-context';
import { BASE, recordPath } from '../lib/route';
import { ConcernsPage } from '../pages/concerns';
import { OverviewPage } from '../pages/overview';
import { PolicyPage } from '../pages/policy';
import { RecordPage } from '../pages/record';
import { useNavigation } from '../router';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  who: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: '1400px' },
  banner: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0` },
});

interface NavItem {
  label: string;
  path: string;
  current: boolean;
}

export function Shell({ subPageId }: { subPageId: string | null }) {
  const { me } = useDesk();
  const { route, go } = useNavigation();
  const styles = useStyles();

  // A deep link from the alert card opens its record in place of the list, once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival
  useEffect(() => {
    if (subPageId && route.page === 'concerns') go(recordPath(subPageId), { replace: true });
  }, []);

  const items: NavItem[] = [
    {
      label: isLead(me) ? 'Concerns' : 'My reports',
      path: `${BASE}/concerns`,
      current: route.page === 'concerns' || route.page === 'record',
    },
  ];
  if (isLead(me)) items.push({ label: 'Overview', path: `${BASE}/overview`, current: route.page === 'overview' });
  if (canSeePolicy(me)) items.push({ label: 'Policy', path: `${BASE}/policy`, current: route.page === 'policy' });

  return (
    <>
      <header className={styles.header}>
        <Text as="span" weight="semibold" size={500}>
          Safeguarding desk
        </Text>
        <nav aria-label="Desk pages" className={styles.nav}>
          {items.map((item) => (
            <Button
              key={item.path}
              appearance={item.current ? 'primary' : 'subtle'}
              aria-current={item.current ? 'page' : undefined}
              onClick={() => go(item.path)}
            >
              {item.label}
            </Button>
          ))}
        </nav>
        <Text className={styles.who}>
          {me.name} · {me.role === 'lead' ? 'safeguarding lead' : me.isOwner ? 'policy owner' : 'staff'}
        </Text>
      </header>
      {me.local ? (
        <section className={styles.banner} aria-label="Local mode">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Local mode</MessageBarTitle>
              No sign-in: this server has no bot ID, so everyone on this computer acts as {me.name}. For development
              only; set BOT_ID before connecting Teams.
            </MessageBarBody>
          </MessageBar>
        </section>
      ) : null}
      <main className={styles.main}>
        {route.page === 'concerns' ? <ConcernsPage /> : null}
        {route.page === 'record' ? <RecordPage reference={route.reference} /> : null}
        {route.page === 'overview' ? <OverviewPage /> : null}
        {route.page === 'policy' ? <PolicyPage /> : null}
        {route.page === 'unknown' ? (
          <MessageBar intent="info">
            <MessageBarBody>
              There is no page at this address.{' '}
              <Button onClick={() => go(`${BASE}/concerns`)}>Go to the concerns</Button>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </main>
    </>
  );
}
