import { expect, test } from "@playwright/test";
import { BOOKING_SANDBOX_CREDENTIALS } from "../sandbox/booking/seed";
import { createDemoProperty, ORG, removeProperty, sandboxAdmin, signIn } from "./fixtures";

// The owner connects new hotels from the Connections page: Google through its consent screen (the
// sandbox's), Booking.com with a machine account that Lobby checks before saving it.
const run = Date.now().toString(36);
const PORTO = `Casa Azulejo Porto ${run}`;
const FARO = `Casa Azulejo Faro ${run}`;
const created: string[] = [];

test.afterAll(async () => {
  for (const id of created) await removeProperty(id);
});

test("the owner connects a Google location through Google's consent screen and its reviews arrive", async ({ page }) => {
  const propertyId = await createDemoProperty(PORTO);
  created.push(propertyId);
  const location = await sandboxAdmin<{ name: string }>("/_sandbox/google/locations", { title: PORTO, city: "Porto" });
  for (const comment of ["The tiled courtyard was a calm surprise.", "Friendly night porter and a great pastel de nata."]) {
    await sandboxAdmin("/_sandbox/google/reviews", { location: location.name, reviewerName: "Marta", starRating: 5, comment });
  }

  await signIn(page, "owner@azulejo.demo");
  await page.goto(`/${ORG}/connections`);
  await page.getByRole("button", { name: "Connect a platform" }).click();
  const dialog = page.getByRole("dialog", { name: "Connect a platform" });
  await dialog.getByLabel("Property").selectOption({ label: `${PORTO} · Porto` });
  await expect(dialog.getByRole("radio", { name: /Google/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Continue to Google" }).click();

  // Google's consent screen (the sandbox's): allow.
  await expect(page.getByText("Allow Lobby to manage reviews for Azulejo Hotels")).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();

  await expect(page.getByRole("heading", { name: `Which Google location is ${PORTO}?` })).toBeVisible();
  await expect(page.getByText("already connected to Casa Azulejo Lisboa")).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(PORTO) }).check();
  await page.getByRole("button", { name: "Connect this location" }).click();

  await expect(page).toHaveURL(new RegExp(`/${ORG}/connections\\?connected=google`));
  await expect(page.getByRole("status").filter({ hasText: "Google is connected" })).toBeVisible();
  const row = page.getByRole("list", { name: "Platform connections" }).getByRole("listitem").filter({ hasText: PORTO });
  await expect(row).toContainText("Google");
  // The first read was queued at once; the page follows it until the reviews are in.
  await expect(row).toContainText("2 reviews", { timeout: 30_000 });
  await expect(row).toContainText("Active");

  await page.goto(`/${ORG}/reviews?status=all&property=${propertyId}`);
  await expect(page.getByText("The tiled courtyard was a calm surprise.")).toBeVisible();
});

test("the owner connects Booking.com: wrong credentials are refused with Booking.com's answer, right ones connect", async ({ page }) => {
  const propertyId = await createDemoProperty(FARO, "Faro");
  created.push(propertyId);
  const property = await sandboxAdmin<{ id: string }>("/_sandbox/booking/properties", { name: FARO, city: "Faro" });
  await sandboxAdmin("/_sandbox/booking/reviews", { property: property.id, reviewerName: "Jonas", score: 9, positive: "Sea view from the breakfast room.", language: "en-gb" });
  const wrong = `wrong-${run}-password`;

  await signIn(page, "owner@azulejo.demo");
  await page.goto(`/${ORG}/connections`);
  await page.getByRole("button", { name: "Connect a platform" }).click();
  const dialog = page.getByRole("dialog", { name: "Connect a platform" });
  await dialog.getByLabel("Property").selectOption({ label: `${FARO} · Faro` });
  // The radios are drawn as cards: choose one as a person would, by its label.
  await dialog.getByText("Machine account", { exact: true }).click();
  await expect(dialog.getByRole("radio", { name: /Booking\.com/ })).toBeChecked();

  // The form checks its fields before asking anyone.
  await dialog.getByRole("button", { name: "Check and connect" }).click();
  await expect(dialog.getByText("Enter the Booking.com property id.")).toBeVisible();

  await dialog.getByLabel("Booking.com property id").fill(property.id);
  await dialog.getByLabel("Machine account user name").fill(BOOKING_SANDBOX_CREDENTIALS.username);
  await dialog.getByLabel("Machine account password").fill(wrong);
  await dialog.getByRole("button", { name: "Check and connect" }).click();
  await expect(dialog.getByRole("alert")).toContainText(`Booking.com refused these credentials for property ${property.id} (HTTP 401)`);
  await expect(page.locator("body")).not.toContainText(wrong);

  await dialog.getByLabel("Machine account password").fill(BOOKING_SANDBOX_CREDENTIALS.password);
  await dialog.getByRole("button", { name: "Check and connect" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/connections\\?connected=booking`));
  await expect(page.getByRole("status").filter({ hasText: "Booking.com is connected" })).toBeVisible();
  const row = page.getByRole("list", { name: "Platform connections" }).getByRole("listitem").filter({ hasText: FARO });
  await expect(row).toContainText("Booking.com");
  await expect(row).toContainText("1 review ·", { timeout: 30_000 });

  // Reopening the dialog never shows the stored password.
  await page.getByRole("button", { name: "Connect a platform" }).click();
  await dialog.getByText("Machine account", { exact: true }).click();
  await expect(dialog.getByLabel("Machine account password")).toHaveValue("");
});
