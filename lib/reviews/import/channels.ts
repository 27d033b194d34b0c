// Channels without an API: their reviews come in by file and their replies are posted by hand. Each
// (property, channel) gets one MANUAL platform connection whose externalLocationId is the channel's name.

export const IMPORT_CHANNELS = {
  TRIPADVISOR: { name: "Tripadvisor", label: "Tripadvisor (history)", site: "https://www.tripadvisor.com" },
  YELP: { name: "Yelp", label: "Yelp", site: "https://biz.yelp.com" },
  FACEBOOK: { name: "Facebook", label: "Facebook", site: "https://www.facebook.com" },
  OTHER: { name: null, label: "Other…", site: null },
} as const;

export type ImportChannel = keyof typeof IMPORT_CHANNELS;
export const IMPORT_CHANNEL_KEYS = Object.keys(IMPORT_CHANNELS) as ImportChannel[];

/** The channel's name as stored and shown: the known name, or the one given for "Other". */
export function channelName(channel: ImportChannel, otherName: string | null | undefined): string {
  return IMPORT_CHANNELS[channel].name ?? (otherName ?? "").replace(/\s+/g, " ").trim();
}

/** Where staff post a reply on a channel, when Lobby knows its site. */
export function channelSite(name: string): string | null {
  const known = Object.values(IMPORT_CHANNELS).find((c) => c.name !== null && c.name.toLowerCase() === name.trim().toLowerCase());
  return known?.site ?? null;
}
