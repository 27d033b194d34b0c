import { CONNECT_PROBLEMS, isConnectProblem } from "@/lib/platforms/connect/connect-problem";

const PLATFORM_LABELS: Record<string, string> = { google: "Google", trustpilot: "Trustpilot", booking: "Booking.com", expedia: "Expedia", tripadvisor: "Tripadvisor" };

/**
 * How the last "connect a platform" went, from the address the flow ended on. Only known codes and
 * platform names are shown: nothing from the address itself reaches the page.
 */
export function ConnectNotice({ connected, problem, platform, again }: { connected?: string; problem?: string; platform?: string; again?: boolean }) {
  if (connected && Object.hasOwn(PLATFORM_LABELS, connected)) {
    const label = PLATFORM_LABELS[connected];
    return (
      <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
        {label} is {again ? "connected again" : "connected"}. Lobby is reading its reviews now; they appear in the inbox as they arrive.
      </p>
    );
  }
  if (problem && isConnectProblem(problem)) {
    const label = platform && Object.hasOwn(PLATFORM_LABELS, platform) ? PLATFORM_LABELS[platform]! : "The platform";
    return (
      <p role="alert" className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-rose-200">
        {CONNECT_PROBLEMS[problem](label)}
      </p>
    );
  }
  return null;
}
