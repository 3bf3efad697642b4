import type { RequestDetail } from "../../../worker/maintenance/contract";

export type RequestRow = RequestDetail["request"];
export type Photo = RequestDetail["photos"][number];
export type Comment = RequestDetail["comments"][number];
export type HistoryEntry = RequestDetail["history"][number];
export type Cost = NonNullable<RequestDetail["costs"]>[number];
