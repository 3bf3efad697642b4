import { useEffect } from "react";
import { useTranslations } from "use-intl";
import { markRead } from "../lib/api.client";
import type { RoomStatus } from "../lib/room";
import { ActivityItem, type FeedViewer, PostActivityForm } from "./activity-feed";
import { ChatPanel } from "./chat-panel";
import { Disclosure } from "./ui/disclosure";
import type { LeaseOption } from "./lease-options";
import type { Activity } from "../../durable-objects/apartment-room.protocol";
import type { SeqMessage } from "../lib/room";
import { type ApartmentLive, useApartmentRoom } from "./use-room";

type RoomProps = {
  /** The room this tab holds open (`useApartmentRoom`). */
  live: ApartmentLive;
  apartmentId: string;
  viewer: FeedViewer;
  currency: string;
  timeZone: string;
  leases?: LeaseOption[];
  /** The note/amount form stays closed until asked for (the landlord's page; the renter's home shows it open). */
  postWhenAsked?: boolean;
};

/**
 * The live apartment on the Chat tab of the landlord's apartment page and of the renter's home, which opens
 * the room itself from what the page loaded (the room's latest `activities`, `messages` and their sequence
 * number `seq`, resuming after it): the pages' other tabs follow the room's notices only and do without the
 * feed's and chat's code (issue 17 §5). Shows what `ApartmentRoomView` shows.
 */
export function ApartmentRoom({
  activities,
  messages,
  seq,
  readAt,
  ...props
}: Omit<RoomProps, "live"> & { activities: Activity[]; messages: SeqMessage[]; seq: number; readAt: number }) {
  const live = useApartmentRoom(props.apartmentId, { activities, messages, seq }, readAt);
  return <ApartmentRoomView {...props} live={live} />;
}

/**
 * The live apartment, shared by the landlord's and the renter's pages: the activity feed (with confirmations)
 * and the chat of the room held open (`live`, from `useApartmentRoom`). Times show in
 * `timeZone` (the org's); `leases` are the current leases staff pick from when there are two or more (the
 * renter's page passes none: a renter's lease is implied); `postWhenAsked` puts the note form behind a button.
 * On a phone the chat comes first (one column: the message box within a screen of "Open the chat"), the feed
 * after it; from `lg` the feed on the left, the chat beside it.
 */
function ApartmentRoomView(props: RoomProps) {
  const { live } = props;
  const { state } = live;
  const t = useTranslations("room");
  const tt = useTranslations("apartmentTabs");
  // Reading the room marks its chat read (unread counts on the dashboard and in My homes).
  const lastMessageSeq = state.messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (!lastMessageSeq) return;
    const timer = setTimeout(() => void markRead(props.apartmentId), 500);
    return () => clearTimeout(timer);
  }, [lastMessageSeq, props.apartmentId]);

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
      <section aria-labelledby="feed-title" className="lg:col-span-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="feed-title" className="text-lg font-semibold">
            {t("activity")}
          </h2>
          <RoomStatusBadge status={state.status} />
        </div>
        {state.missed > 0 && (
          <p role="status" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("missed", { count: state.missed })}{" "}
            <button type="button" className="underline" onClick={live.dismissMissed}>
              {t("dismiss")}
            </button>
          </p>
        )}
        {props.viewer.canPost ? (
          props.postWhenAsked ? (
            <Disclosure summary={tt("chatNote")} className="mt-3" testId="post-activity">
              <PostActivityForm side={props.viewer.side} currency={props.currency} leases={props.leases} />
            </Disclosure>
          ) : (
            <PostActivityForm side={props.viewer.side} currency={props.currency} leases={props.leases} />
          )
        ) : (
          <p className="mt-3 text-sm text-slate-600">{t("ended")}</p>
        )}
        <ol className="mt-4 space-y-3" aria-label={t("feed")} data-testid="activity-feed">
          {state.activities.length === 0 && <li className="text-sm text-slate-600">{t("emptyFeed")}</li>}
          {state.activities.map((a) => (
            <ActivityItem
              key={a.id}
              activity={a}
              viewer={props.viewer}
              timeZone={props.timeZone}
              lease={props.leases && props.leases.length > 1 ? props.leases.find((l) => l.id === a.leaseId) : undefined}
            />
          ))}
        </ol>
      </section>
      <ChatPanel
        live={live}
        viewerId={props.viewer.userId}
        canPost={props.viewer.canPost}
        timeZone={props.timeZone}
        className="order-first lg:order-none lg:col-span-2"
      />
    </div>
  );
}

function RoomStatusBadge({ status }: { status: RoomStatus }) {
  const t = useTranslations("room.status");
  const styles = {
    live: "bg-emerald-100 text-emerald-900",
    connecting: "bg-slate-100 text-slate-700",
    offline: "bg-amber-100 text-amber-900",
    revoked: "bg-rose-100 text-rose-900",
  };
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${styles[status]}`} data-testid="room-status">
      {t(status)}
    </span>
  );
}
