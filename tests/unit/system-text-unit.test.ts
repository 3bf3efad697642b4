import { createTranslator } from "use-intl";
import { describe, expect, it } from "vitest";
import { onlinePaymentHistory } from "../../app/components/history-words";
import { systemActivityKey } from "../../app/lib/system-text";
import { en } from "../../app/i18n/messages/en";
import { fr } from "../../app/i18n/messages/fr";
import { ledgerSystemReasonOf } from "../../worker/rent/contract";
import { disputeStageOf } from "../../worker/rooms/contract";

/**
 * What the server writes for people is stored as a kind and rendered in the reader's language (issue 13):
 * a payment dispute's feed entry by its stage, legacy English rows recognised, Stripe ledger entries by
 * `sourceRef` (app/lib/system-text.ts, app/components/activity-text.tsx, app/components/history-words.ts).
 */
const french = createTranslator({ locale: "fr", messages: fr, namespace: "systemText" });
const english = createTranslator({ locale: "en", messages: en, namespace: "systemText" });

describe("server-written feed and ledger text, in the reader's language", () => {
  it("a dispute entry renders in French from its stored stage", () => {
    const key = systemActivityKey({ kind: "payment_disputed", description: "opened" });
    expect(key).toBe("disputes.opened");
    expect(french(key!)).toBe("Paiement par carte contesté par la banque du locataire");
    expect(french(systemActivityKey({ kind: "payment_disputed", description: "lost" })!)).toBe(
      "Contestation de paiement perdue : la somme est de nouveau due",
    );
  });

  it("legacy rows holding the former English sentence render by their stage too", () => {
    const legacy = { kind: "payment_disputed", description: "Disputed payment withdrawn: owed again" };
    expect(disputeStageOf(legacy)).toBe("funds_withdrawn");
    expect(french(systemActivityKey(legacy)!)).toBe("Paiement contesté retiré : la somme est de nouveau due");
    expect(english(systemActivityKey(legacy)!)).toBe("Disputed payment withdrawn: owed again");
  });

  it("people's notes, and a note whose text merely looks like a stage, stay as written", () => {
    expect(systemActivityKey({ kind: "note", description: "opened" })).toBeNull();
    expect(systemActivityKey({ kind: "payment_reported", description: "Loyer de mars" })).toBeNull();
    expect(systemActivityKey({ kind: "payment_disputed", description: "something else" })).toBeNull();
  });

  it("Stripe ledger entries are known by their source, whatever English reason they stored", () => {
    expect(ledgerSystemReasonOf("stripe:payment:pi_1")).toBe("stripe_payment");
    expect(ledgerSystemReasonOf("stripe:refund:ch_1:5000")).toBe("stripe_refund");
    expect(ledgerSystemReasonOf("stripe:dispute:dp_1:withdrawn")).toBe("stripe_dispute_withdrawn");
    expect(ledgerSystemReasonOf("stripe:dispute:dp_1:reinstated")).toBe("stripe_dispute_reinstated");
    expect(ledgerSystemReasonOf(null)).toBeNull();
    expect(ledgerSystemReasonOf("manual:abc")).toBeNull();
    expect(french("ledgerReasons.stripe_payment")).toBe("Payé en ligne (Stripe)");
  });

  it("an application confirmed by its first payment online: the reference, stored or in a legacy English note", () => {
    expect(onlinePaymentHistory({ actorUserId: "system:payments", note: "pi_123" })).toEqual({ ref: "pi_123" });
    expect(onlinePaymentHistory({ actorUserId: "system:payments", note: "Paid online (pi_9)" })).toEqual({
      ref: "pi_9",
    });
    expect(onlinePaymentHistory({ actorUserId: "u1", note: "Paid online (pi_9)" })).toBeNull();
    expect(french("actors.online_payment")).toBe("Paiement en ligne");
    expect(french("notes.paid_online", { ref: "pi_9" })).toBe("Payé en ligne (réf. pi_9)");
  });
});
