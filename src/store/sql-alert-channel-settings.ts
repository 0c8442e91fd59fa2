import type { StoredConversationReference } from '../alerts/notifier.js';
import type { AlertChannelSettings } from '../alerts/settings.js';
import type { Db } from './database.js';

const ALERT_CHANNEL = 'alert_channel';

/** The alert channel, kept as JSON in the key/value `settings` table (room there for other small settings). */
export class SqlAlertChannelSettings implements AlertChannelSettings {
  constructor(private readonly db: Db) {}

  private async get<T>(key: string): Promise<T | null> {
    const r = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return r ? (JSON.parse(r.value) as T) : null;
  }

  private async set(key: string, value: unknown, at: Date): Promise<void> {
    const v = JSON.stringify(value);
    await this.db
      .insertInto('settings')
      .values({ key, value: v, updated_at: at.toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: v, updated_at: at.toISOString() }))
      .execute();
  }

  async getAlertChannel(): Promise<{ reference: StoredConversationReference; setBy: string; setAt: Date } | null> {
    const v = await this.get<{ reference: StoredConversationReference; setBy: string; setAt: string }>(ALERT_CHANNEL);
    return v ? { reference: v.reference, setBy: v.setBy, setAt: new Date(v.setAt) } : null;
  }

  async setAlertChannel(reference: StoredConversationReference, setBy: string, at: Date): Promise<void> {
    await this.set(ALERT_CHANNEL, { reference, setBy, setAt: at.toISOString() }, at);
  }
}
