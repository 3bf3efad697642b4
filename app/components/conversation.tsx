import { useTranslations } from "use-intl";
import { ChatPanel } from "./chat-panel";
import { useApplicationRoom } from "./use-room";

/**
 * An application's conversation between the applicant and the landlord side: the same room mechanism as
 * an apartment (tickets, sequence numbers, resume), in the application's own room. History arrives through
 * the resume on connect, so the page loader stays one API call.
 */
export function Conversation({ applicationId, viewerId }: { applicationId: string; viewerId: string }) {
  const t = useTranslations("ui");
  const live = useApplicationRoom(applicationId);
  return <ChatPanel live={live} viewerId={viewerId} canPost title={t("conversation")} />;
}
