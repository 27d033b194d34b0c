import { UserFacingError } from "../../errors";

// Why a "connect a platform" flow that went through the platform's pages did not end in a
// connection. The callback redirects to the Connections page with one of these codes (a closed set,
// so nothing the platform or a link sends is ever echoed on the page); the page shows its message.

export const CONNECT_PROBLEMS = {
  expired: (platform: string) => `This ${platform} connection attempt expired or was already used. Start again.`,
  "someone-else": (platform: string) => `This ${platform} connection attempt was started by someone else. Start again from your own account.`,
  denied: (platform: string) => `Access on ${platform} was not allowed, so nothing was connected.`,
  refused: (platform: string) => `${platform} did not complete the authorization. Start again; if it keeps failing, check that Lobby is allowed for your account on ${platform}.`,
  invalid: (platform: string) => `${platform} sent Lobby back with an answer it could not use. Start again.`,
  forbidden: (platform: string) => `Your role does not allow connecting ${platform}.`,
  unavailable: (platform: string) => `Lobby could not finish connecting ${platform} just now. Start again in a moment.`,
} as const;

export type ConnectProblem = keyof typeof CONNECT_PROBLEMS;

export class ConnectFlowError extends UserFacingError {
  constructor(
    readonly problem: ConnectProblem,
    platformLabel: string,
    /** The organization the flow was for, when the state said so. */
    readonly organizationId: string | null = null,
  ) {
    super(CONNECT_PROBLEMS[problem](platformLabel), problem === "forbidden" || problem === "someone-else" ? "forbidden" : "invalid");
    this.name = "ConnectFlowError";
  }
}

export function isConnectProblem(value: unknown): value is ConnectProblem {
  return typeof value === "string" && Object.hasOwn(CONNECT_PROBLEMS, value);
}
