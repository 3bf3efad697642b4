import { useTranslations } from "use-intl";
import { ChatPanel } from "./chat-panel";
import { useApplicationRoom } from "./use-room";

/**
 * An application's conversation between the applicant and the landlord side: the same room mechanism as
 * an apartment (tickets, sequence numbers, resume), in the application's own room. History arrives through
 * the resume on connect, so the page loader stays one API call. Times are shown in `timeZone` (IANA), the
 * same clock as the rest of the page.
 */
export function Conversation({
  applicationId,
  viewerId,
  timeZone,
}: {
  applicationId: string;
  viewerId: string;
  timeZone: string;
}) {
  const t = useTranslations("ui");
  const live = useApplicationRoom(applicationId);
  return <ChatPanel live={live} viewerId={viewerId} canPost title={t("conversation")} timeZone={timeZone} />;
}
