import { z } from "zod";

// Booking.com's connectivity APIs take HTTP Basic with a partner's machine account: there is no token
// to fetch or refresh, only a header to build and secrets to keep out of messages.

export interface BookingCredentials {
  username: string;
  password: string;
}

export const bookingCredentialsSchema = z.object({
  // HTTP Basic cannot carry a ":" in the user name.
  username: z.string().min(1).refine((u) => !u.includes(":"), "must not contain ':'"),
  password: z.string().min(1),
});

export class BookingMachineAccount {
  private readonly encoded: string;

  constructor(private readonly credentials: BookingCredentials) {
    this.encoded = Buffer.from(`${credentials.username}:${credentials.password}`, "utf8").toString("base64");
  }

  authorization(): string {
    return `Basic ${this.encoded}`;
  }

  /** The values no error message may contain. */
  secrets(): string[] {
    return [this.credentials.password, this.encoded];
  }
}
