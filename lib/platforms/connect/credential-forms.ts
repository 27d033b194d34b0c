import { z } from "zod";

// The "connect with credentials" form of the platforms without an authorize page, shared by the form
// (fields, labels, client-side checks) and the server action (the same schema parses the submission).

export const CREDENTIAL_PLATFORMS = ["BOOKING", "EXPEDIA", "TRIPADVISOR"] as const;
export type CredentialPlatform = (typeof CREDENTIAL_PLATFORMS)[number];

const text = (label: string) => z.string({ error: `Enter the ${label}.` }).trim().min(1, `Enter the ${label}.`).max(500, `The ${label} is too long.`);
const digits = (label: string) => text(label).regex(/^\d{1,20}$/, `The ${label} is a number, such as 5512081.`);
const propertyId = z.string({ error: "Choose the property." }).min(1, "Choose the property.").max(64);

export const credentialsFormSchema = z.discriminatedUnion("platform", [
  z.object({
    platform: z.literal("BOOKING"),
    propertyId,
    externalLocationId: digits("Booking.com property id"),
    // HTTP Basic cannot carry a ":" in the user name.
    username: text("machine account user name").refine((u) => !u.includes(":"), "The user name cannot contain “:”."),
    password: text("machine account password"),
  }),
  z.object({
    platform: z.literal("EXPEDIA"),
    propertyId,
    externalLocationId: text("Expedia property id").regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/, "The Expedia property id has letters, digits, dots, dashes or underscores."),
    clientId: text("API client id"),
    clientSecret: text("API client secret"),
  }),
  z.object({
    platform: z.literal("TRIPADVISOR"),
    propertyId,
    externalLocationId: digits("Tripadvisor location id"),
    apiKey: text("Content API key"),
  }),
]);

export type CredentialsForm = z.infer<typeof credentialsFormSchema>;

export interface CredentialField {
  name: string;
  label: string;
  secret: boolean;
  hint: string;
}

/** The form's fields per platform, in order; `externalLocationId` first. */
export const CREDENTIAL_FIELDS: Record<CredentialPlatform, CredentialField[]> = {
  BOOKING: [
    { name: "externalLocationId", label: "Booking.com property id", secret: false, hint: "The number in the Extranet's address bar (hotel_id)." },
    { name: "username", label: "Machine account user name", secret: false, hint: "From your connectivity provider's machine account." },
    { name: "password", label: "Machine account password", secret: true, hint: "Stored encrypted; never shown again." },
  ],
  EXPEDIA: [
    { name: "externalLocationId", label: "Expedia property id", secret: false, hint: "The EQC property id." },
    { name: "clientId", label: "API client id", secret: false, hint: "From Expedia Group's partner portal." },
    { name: "clientSecret", label: "API client secret", secret: true, hint: "Stored encrypted; never shown again." },
  ],
  TRIPADVISOR: [
    { name: "externalLocationId", label: "Tripadvisor location id", secret: false, hint: "The number after “-d” in the hotel's Tripadvisor address." },
    { name: "apiKey", label: "Content API key", secret: true, hint: "Stored encrypted; never shown again." },
  ],
};

/** What the connection stores: the place, and the credentials object the platform's connector reads. */
export function connectionFromForm(form: CredentialsForm): { externalLocationId: string; credentials: Record<string, string> } {
  switch (form.platform) {
    case "BOOKING":
      return { externalLocationId: form.externalLocationId, credentials: { username: form.username, password: form.password } };
    case "EXPEDIA":
      return { externalLocationId: form.externalLocationId, credentials: { clientId: form.clientId, clientSecret: form.clientSecret } };
    case "TRIPADVISOR":
      return { externalLocationId: form.externalLocationId, credentials: { apiKey: form.apiKey } };
  }
}
