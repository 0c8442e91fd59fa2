import { TeamsInfo, type TurnContext } from 'botbuilder';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Person } from '../reports/incident.js';
import { personOf } from './card-action.js';

/**
 * Who pressed or typed, as the lead directory needs them: the Entra object id and name from the activity, plus
 * the UPN from Teams when leads are configured by UPN (`resolveUpn`). A failed lookup leaves the UPN out (so a
 * UPN-only lead is refused rather than anyone being let in) and is logged.
 */
export async function actorOf(context: TurnContext, resolveUpn: boolean, logger: Logger): Promise<Person> {
  const person: Person = personOf(context);
  if (!resolveUpn || !context.activity.from?.id) return person;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const upn = member.userPrincipalName ?? member.email;
    return upn ? { ...person, upn } : person;
  } catch (err) {
    logger.warn(
      { activityId: context.activity.id, err: errorMessage(err) },
      'could not read the UPN of the person acting; checking the lead list by object id only',
    );
    return person;
  }
}
