"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { CREDENTIAL_PLATFORMS, type CredentialPlatform } from "@/lib/platforms/connect/credential-forms";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CredentialsForm } from "./credentials-form";

type Property = { id: string; name: string; city: string };
type Choice = "GOOGLE" | "TRUSTPILOT" | CredentialPlatform;

const PLATFORMS: { code: Choice; label: string; how: string }[] = [
  { code: "GOOGLE", label: "Google", how: "Sign in with Google" },
  { code: "BOOKING", label: "Booking.com", how: "Machine account" },
  { code: "EXPEDIA", label: "Expedia", how: "API client" },
  { code: "TRUSTPILOT", label: "Trustpilot", how: "Sign in with Trustpilot" },
  { code: "TRIPADVISOR", label: "Tripadvisor", how: "Content API key" },
];

const isCredentialPlatform = (code: Choice): code is CredentialPlatform => (CREDENTIAL_PLATFORMS as readonly string[]).includes(code);

/** "Connect a platform": choose the property and the platform, then sign in there or enter credentials. */
export function ConnectPlatform({ org, properties, startOAuth, connectWithCredentials }: {
  org: string;
  properties: Property[];
  startOAuth: (input: { propertyId: string; platform: "GOOGLE" | "TRUSTPILOT" }) => Promise<ActionResult<string>>;
  connectWithCredentials: (input: Record<string, string>) => Promise<ActionResult<{ connectionId: string; reconnected: boolean }>>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [propertyId, setPropertyId] = useState(properties[0]?.id ?? "");
  const [platform, setPlatform] = useState<Choice>("GOOGLE");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const label = PLATFORMS.find((p) => p.code === platform)!.label;
  const property = properties.find((p) => p.id === propertyId);

  const choose = (code: Choice) => {
    setPlatform(code);
    setError(null);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={properties.length === 0} title={properties.length === 0 ? "Add a property first" : undefined}>
        Connect a platform
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Connect a platform">
        <div className="space-y-4">
          <div className="space-y-1">
            <label htmlFor="connect-property" className="block text-sm font-medium text-stone-700">Property</label>
            <select
              id="connect-property"
              value={propertyId}
              onChange={(e) => setPropertyId(e.target.value)}
              className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-brand-500"
            >
              {properties.map((p) => (
                <option key={p.id} value={p.id}>{p.name} · {p.city}</option>
              ))}
            </select>
          </div>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-stone-700">Platform</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {PLATFORMS.map((p) => (
                <label
                  key={p.code}
                  className={`flex cursor-pointer flex-col rounded-md px-3 py-2 text-sm ring-1 ring-inset has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 ${platform === p.code ? "bg-brand-50 ring-brand-500" : "ring-stone-300 hover:bg-stone-50"}`}
                >
                  <input type="radio" name="connect-platform" value={p.code} checked={platform === p.code} onChange={() => choose(p.code)} className="sr-only" />
                  <span className="font-medium">{p.label}</span>
                  <span className="text-xs text-stone-500">{p.how}</span>
                </label>
              ))}
            </div>
          </fieldset>

          {isCredentialPlatform(platform) ? (
            <CredentialsForm
              key={`${platform}-${propertyId}`}
              platform={platform}
              propertyId={propertyId}
              connect={connectWithCredentials}
              onConnected={(reconnected) => {
                setOpen(false);
                // The same notice as after a sign-in flow, over the refreshed list.
                router.push(`/${org}/connections?connected=${platform.toLowerCase()}${reconnected ? "&again=1" : ""}`);
                router.refresh();
              }}
            />
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-stone-600">
                You will sign in on {label} and allow Lobby to read and answer reviews. Then you choose which {platform === "GOOGLE" ? "location" : "business unit"} is {property?.name ?? "this property"}.
              </p>
              {error ? <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p> : null}
              <div className="flex justify-end">
                <Button
                  disabled={pending || !propertyId}
                  onClick={() =>
                    start(async () => {
                      setError(null);
                      // On success the action redirects the browser to the platform.
                      const result = await startOAuth({ propertyId, platform: platform as "GOOGLE" | "TRUSTPILOT" });
                      if (!result.ok) setError(result.error);
                    })
                  }
                >
                  {pending ? `Opening ${label}…` : `Continue to ${label}`}
                </Button>
              </div>
            </div>
          )}
        </div>
      </Dialog>
    </>
  );
}
