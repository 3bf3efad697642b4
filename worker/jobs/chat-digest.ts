import { enqueueEmail } from "../email/outbox";
import type { Logger } from "../lib/log";

/**
 * Unread-chat digest (hourly cron). Guarantees: one email per person per run listing every room with chat
 * they have not read, never one email per message, and a room is only digested again once new messages
 * arrived after the last digest. Quiet rooms only: the newest message is at least 10 minutes old, so a
 * live conversation is not interrupted. Assumes the room keeps `room_chat_counts` up to date.
 */
type DigestRow = {
  userId: string;
  email: string;
  name: string;
  side: "landlord" | "renter";
  apartmentId: string;
  messages: number;
  readMessages: number;
  address: string;
  city: string;
  unit: string;
};

export async function sendChatDigests(env: Env, log: Logger, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - 10 * 60 * 1000).toISOString();
  const today = new Date(now).toISOString().slice(0, 10);
  const { results } = await env.DB.prepare(
    `with participants as (
       select a.id as apartment_id, m.user_id, 'landlord' as side from apartments a join memberships m on m.org_id = a.org_id and m.role in ('owner', 'manager')
       union
       select lr.apartment_id, lr.user_id, 'renter' as side from lease_renters lr join leases l on l.id = lr.lease_id
        where lr.user_id is not null and (l.end_date is null or l.end_date >= ?2)
     )
     select p.user_id as userId, u.email, u.name, p.side, c.apartment_id as apartmentId, c.messages, coalesce(r.read_messages, 0) as readMessages,
            pr.address, pr.city, a.unit_number as unit
     from room_chat_counts c
     join participants p on p.apartment_id = c.apartment_id
     join users u on u.id = p.user_id and u.banned_at is null
     join apartments a on a.id = c.apartment_id
     join properties pr on pr.id = a.property_id
     join orgs o on o.id = a.org_id and o.is_disabled = 0
     left join room_reads r on r.apartment_id = c.apartment_id and r.user_id = p.user_id
     where c.last_message_at < ?1 and c.messages > max(coalesce(r.read_messages, 0), coalesce(r.digested_messages, 0))
     order by p.user_id`,
  )
    .bind(cutoff, today)
    .all<DigestRow>();
  const byUser = Map.groupBy(results, (r) => r.userId);
  const stamp = new Date(now).toISOString();
  for (const rows of byUser.values()) {
    const first = rows[0]!;
    await enqueueEmail(env.EMAIL_QUEUE, {
      template: "chat_digest",
      to: first.email,
      data: {
        name: first.name,
        rooms: rows.map((r) => ({
          address: `${r.address}, ${r.city} — unit ${r.unit}`,
          unread: r.messages - r.readMessages,
          link: `${env.APP_URL}/${r.side === "landlord" ? "apartments" : "homes"}/${r.apartmentId}`,
        })),
      },
    });
    await env.DB.batch(
      rows.map((r) =>
        env.DB.prepare(
          `insert into room_reads (apartment_id, user_id, read_messages, digested_messages, updated_at) values (?1, ?2, 0, ?3, ?4)
           on conflict (apartment_id, user_id) do update set digested_messages = ?3, updated_at = ?4`,
        ).bind(r.apartmentId, r.userId, r.messages, stamp),
      ),
    );
  }
  if (byUser.size) log.info("chat digests queued", { people: byUser.size });
  return byUser.size;
}
