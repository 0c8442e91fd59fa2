import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Says `text` to screen readers when it changes, without showing it. */
export function LiveRegion({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden} aria-live="polite" role="status">
      {text}
    </div>
  );
}
