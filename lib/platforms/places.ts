/** A place a platform account manages (a Google location, a Trustpilot business unit) that a property can be connected to. */
export interface PlatformPlace {
  /** What the connection stores as externalLocationId. */
  externalLocationId: string;
  name: string;
  /** A second line to tell places apart: city, domain. */
  detail: string | null;
}
