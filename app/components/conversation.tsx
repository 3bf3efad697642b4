import { ChatPanel } from "./apartment-room";
import { useApartmentRoom } from "./use-apartment-room";

/**
 * An application's conversation between the applicant and the landlord side: the same room mechanism as
 * an apartment (tickets, sequence numbers, resume), in the room `application-<id>`. History arrives through
 * the resume on connect, so the page loader stays one API call.
 */
// One stable object: the hook re-merges its initial activities whenever they change identity.
const EMPTY = { activities: [], messages: [], seq: 0 };

export function Conversation({ applicationId, viewerId }: { applicationId: string; viewerId: string }) {
  const room = useApartmentRoom(applicationId, EMPTY, {
    room: `application-${applicationId}`,
    ticketPath: `/api/applications/${applicationId}/room-ticket`,
  });
  return (
    <ChatPanel
      room={room}
      viewerId={viewerId}
      canPost
      historyPath={`/api/applications/${applicationId}/messages`}
      title="Conversation"
    />
  );
}
