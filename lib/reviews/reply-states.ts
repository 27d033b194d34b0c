import type { ReplyState } from "../generated/prisma/enums";

/** Nobody has sent a reply yet: the text may still change, and the inbox lists it as needing a reply. */
export const OPEN_STATES: readonly ReplyState[] = ["AWAITING_DRAFT", "DRAFTED", "FAILED"];
