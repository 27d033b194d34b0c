// Whether a platform's author name is a first name we can greet ("Dear Maria,"), or a placeholder,
// a username or initials that would read oddly ("Dear A Google User,", "Dear JD,", "Dear Traveller123,").

const PLACEHOLDERS =
  /\b(anonym\w*|anónim\w*|anônim\w*|anonim\w*|anoniem|google|user|utilisateur|usuario|utente|utilizador|gebruiker|nutzer|benutzer|guest|gast|invité|huésped|ospite|hóspede|client\w*|cliente|kunde|traveller|traveler|voyageur|viajero|viaggiatore|viajante|reiziger|reisender|reviewer|verified|vérifié|verificad\w*|customer|family|familie|famille|familia|famiglia|família|couple|team|admin|booker|member)\b/i;

const HONORIFICS = /^(mr|mrs|ms|miss|dr|herr|frau|m|mme|mlle|sr|sra|srta|sig|dhr|mevr|dona)\.?$/i;

/** A greeting word that is not a first name even though it is capitalised. */
const NOT_NAMES = new Set(
  `happy hotel travel trip holiday vacation business world globe wander explorer foodie sunshine lady
  gentleman sir madam mister miss the a an my our ignore please system assistant`
    .split(/\s+/)
    .filter(Boolean),
);

const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
const MAX_NAME_LENGTH = 20;

/** The first name to greet the guest with, or null when the author name is not usable. */
export function greetingName(authorName: string | null | undefined): string | null {
  if (!authorName) return null;
  const name = authorName.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!name || name.length > 60 || PLACEHOLDERS.test(name) || /[\d@/\\<>{}[\]_#:]/.test(name)) return null;
  const first = name.split(" ")[0] ?? "";
  if (HONORIFICS.test(first)) return null;
  if (first.length < 2 || first.length > MAX_NAME_LENGTH || !FIRST_NAME.test(first)) return null;
  if (NOT_NAMES.has(first.toLowerCase())) return null;
  return first;
}
