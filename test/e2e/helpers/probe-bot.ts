import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Activity,
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  type Request,
  type Response,
  TurnContext,
} from 'botbuilder';

/**
 * A deliberately tiny bot used only to learn and self-test the Playground page (card rendering,
 * Action.Execute, Action.Submit, in-place updates, proactive posts) independently of Boundary's features.
 * It is a test instrument, not a stand-in for Boundary: the journeys run against the real bot.
 */
export interface ProbeBot {
  endpoint: string;
  received: Partial<Activity>[];
  close(): Promise<void>;
}

const formCard = (message = '') => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Probe form', weight: 'Bolder', size: 'Medium' },
    ...(message ? [{ type: 'TextBlock', text: message, color: 'Attention', wrap: true }] : []),
    { type: 'Input.Text', id: 'name', label: 'Name', isRequired: true, errorMessage: 'Name is required' },
    {
      type: 'Input.ChoiceSet',
      id: 'platform',
      label: 'Platform',
      style: 'expanded',
      choices: [
        { title: 'Instagram', value: 'instagram' },
        { title: 'Snapchat', value: 'snapchat' },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'who',
      label: 'Who sent it',
      style: 'compact',
      choices: [
        { title: 'Current pupil', value: 'pupil' },
        { title: 'Parent or carer', value: 'parent' },
      ],
    },
    { type: 'Input.Toggle', id: 'kept', title: 'I kept a screenshot', valueOn: 'true', valueOff: 'false' },
    { type: 'Input.Date', id: 'when', label: 'When' },
  ],
  actions: [
    { type: 'Action.Execute', title: 'Send it', verb: 'probe.submit' },
    { type: 'Action.Submit', title: 'Submit old style', data: { kind: 'submit' } },
  ],
});

/** The three ways a button can send a message in Teams: plain Submit, messageBack and imBack. */
const buttonsCard = () => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Probe buttons' }],
  actions: [
    { type: 'Action.Submit', title: 'Plain submit', data: { command: 'plain' } },
    {
      type: 'Action.Submit',
      title: 'Message back',
      data: { command: 'mb', msteams: { type: 'messageBack', text: 'mb text', displayText: 'mb display' } },
    },
    { type: 'Action.Submit', title: 'IM back', data: { msteams: { type: 'imBack', value: 'im text' } } },
  ],
});

const plainCard = (text: string) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text, wrap: true }],
});

class Probe extends ActivityHandler {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly received: Partial<Activity>[],
  ) {
    super();
    this.onMessage(async (ctx, next) => {
      this.received.push(ctx.activity);
      const text = (ctx.activity.text ?? '').replace(/<at>.*?<\/at>/g, '').trim();
      if (ctx.activity.value) {
        await ctx.sendActivity(`submitted ${JSON.stringify(ctx.activity.value)}`);
      } else if (text === 'buttons') {
        await sendCard(ctx, buttonsCard());
      } else if (text === 'card') {
        await sendCard(ctx, formCard());
      } else if (text.startsWith('announce ')) {
        await this.announce(ctx, text.slice('announce '.length));
      } else {
        await ctx.sendActivity(
          `echo: ${text} from ${ctx.activity.from.name} (${ctx.activity.from.aadObjectId}) in ${ctx.activity.conversation.conversationType} ${ctx.activity.conversation.id}`,
        );
      }
      await next();
    });
    this.onConversationUpdate(async (ctx, next) => {
      this.received.push(ctx.activity);
      await next();
    });
  }

  /**
   * Proactive post into a channel as a new thread (what Boundary's alert relay does), then an in-place update of
   * that post, then a proactive reply in the sender's own chat: the three things journey 5 needs the Playground for.
   */
  private async announce(ctx: TurnContext, channelId: string) {
    const reference = TurnContext.getConversationReference(ctx.activity) as ConversationReference;
    const serviceUrl = ctx.activity.serviceUrl;
    let posted: { conversationId: string; activityId: string } | undefined;
    await this.adapter.createConversationAsync(
      '',
      'msteams',
      serviceUrl,
      '',
      {
        isGroup: true,
        channelData: { channel: { id: channelId } },
        activity: {
          type: 'message',
          attachments: [
            { contentType: 'application/vnd.microsoft.card.adaptive', content: plainCard('Proactive alert: new') },
          ],
        } as Activity,
      } as never,
      async (proactive) => {
        const conversationId = proactive.activity.conversation.id;
        // Teams (and the Playground) name a channel thread "<channel>;messageid=<id of its first post>".
        const messageId = /;messageid=([^;]+)$/.exec(conversationId)?.[1];
        posted = { conversationId, activityId: messageId ?? proactive.activity.id ?? conversationId };
      },
    );
    if (!posted) return;
    await ctx.sendActivity(`posted ${posted.conversationId}`);
    const target = posted;
    await this.adapter.continueConversationAsync(
      '',
      { ...reference, conversation: { id: target.conversationId } } as ConversationReference,
      async (c) => {
        await c.updateActivity({
          id: target.activityId,
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              content: plainCard('Proactive alert: acknowledged'),
            },
          ],
        });
      },
    );
    await this.adapter.continueConversationAsync('', reference, async (c) => {
      await c.sendActivity('Your report was acknowledged (proactive)');
    });
  }

  protected override async onInvokeActivity(ctx: TurnContext) {
    this.received.push(ctx.activity);
    const value = ctx.activity.value as { action?: { verb?: string; data?: Record<string, unknown> } };
    const data = value.action?.data ?? {};
    const card = !data.name
      ? formCard('Please give a name')
      : plainCard(`Updated in place: ${JSON.stringify(data)} by ${ctx.activity.from.name}`);
    return {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    };
  }
}

async function sendCard(ctx: TurnContext, card: object) {
  await ctx.sendActivity({
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  });
}

export async function startProbeBot(): Promise<ProbeBot> {
  const received: Partial<Activity>[] = [];
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new Probe(adapter, received);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const shim = Object.assign(req, { body });
      const resShim = {
        status(code: number) {
          res.statusCode = code;
          return resShim;
        },
        header(name: string, value: string) {
          res.setHeader(name, value);
          return resShim;
        },
        send(b?: unknown) {
          if (b !== undefined) res.write(typeof b === 'string' ? b : JSON.stringify(b));
          return resShim;
        },
        end() {
          res.end();
          return resShim;
        },
      };
      adapter
        .process(shim as unknown as Request, resShim as unknown as Response, (ctx) => bot.run(ctx))
        .catch((e) => {
          res.statusCode = 500;
          res.end(String(e));
        });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
