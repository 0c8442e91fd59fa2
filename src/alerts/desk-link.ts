/**
 * The Teams deep link that opens a concern's record in the safeguarding desk: the personal tab (entityId `desk`)
 * with the reference as its sub-page, which the tab reads from `app.getContext().page.subPageId`.
 */
export const DESK_ENTITY_ID = 'desk';

export function deskRecordLink(teamsAppId: string, ref: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: ref }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${DESK_ENTITY_ID}?context=${context}`;
}
