import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DeskError } from '../api';

/** A refusal or failure in the server's plain words, with a way to try again where that can help. */
export function ErrorBar({ error, onRetry }: { error: DeskError; onRetry?: () => void }) {
  const title =
    error.status === 403
      ? 'Not for your role'
      : error.status === 404
        ? 'Not found'
        : error.status === 0
          ? 'No connection'
          : 'That did not work';
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      {onRetry && error.status !== 403 && error.status !== 404 ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
