import { expect, test } from "@playwright/test";
import { ORG, signIn } from "./fixtures";

test("an owner saves the voice as a new version; a hotel manager can only read it", async ({ page }) => {
  await signIn(page, "owner@azulejo.demo"); // brand@ is locked out by the sign-in throttle spec
  await page.getByRole("link", { name: "Voice" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/voice`));
  await expect(page.getByText(/Azulejo · applies to .*Casa Azulejo Lisboa/)).toBeVisible();
  const current = Number((await page.getByText(/· version \d+/).textContent())?.match(/version (\d+)/)?.[1]);

  // The same schema as the server's: a wrong length range is caught before anything is sent.
  await page.getByLabel("Shortest reply in words").fill("300");
  await page.getByLabel("Longest reply in words").fill("100");
  await page.getByRole("button", { name: "Save guidelines" }).click();
  await expect(page.getByText("The shortest reply must be shorter than the longest")).toBeVisible();

  await page.getByLabel("Shortest reply in words").fill("30");
  await page.getByLabel("Longest reply in words").fill("150");
  const avoid = page.getByLabel("Phrases to avoid");
  await avoid.fill(`${await avoid.inputValue()}\nno worries`);
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status")).toHaveText(`Saved as version ${current + 1}. New drafts follow it.`);
  await expect(page.getByRole("complementary").getByText(`Version ${current + 1}`)).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "manager@azulejo.demo");
  await page.goto(`/${ORG}/voice`);
  await expect(page.getByText("Brand owners and account owners edit the voice.")).toBeVisible();
  await expect(page.getByLabel("Phrases to avoid")).toHaveValue(/no worries/);
  await expect(page.getByLabel("Phrases to avoid")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save guidelines" })).toHaveCount(0);
});
