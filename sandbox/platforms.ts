import { googlePlatform } from "./google/platform";

// Every simulated platform: add one by adding its factory here (see sandbox/platform.ts).
export const PLATFORM_SANDBOXES = {
  google: googlePlatform,
};

export type PlatformSandboxes = { [K in keyof typeof PLATFORM_SANDBOXES]: ReturnType<(typeof PLATFORM_SANDBOXES)[K]> };
