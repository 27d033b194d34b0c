import type { PhraseBank } from "./types";

// Nächste Schritte nach einer Beschwerde, je nach Art; Fragen; Anrede für Marken, die duzen. Formen
// wie in de-aspects.ts (nom, acc, zu); jeder Schritt nennt das Team, das sich wirklich darum kümmert.

export const deFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "Ihre Anmerkungen zur Zimmergröße habe ich an unser Reservierungsteam weitergegeben, damit unsere Zimmerbeschreibungen die richtigen Erwartungen wecken.",
      "Ihren Hinweis auf die Größe des Zimmers habe ich an unser Reservierungsteam weitergeleitet[, damit wir unsere Zimmerkategorien noch klarer beschreiben|].",
    ],
    dirty: [
      "Ihre Anmerkungen {zu} habe ich an unsere Hausdamen-Leitung weitergegeben, die [die Reinigungskontrollen|unsere Reinigungsabläufe] mit dem Team überprüft.",
      "Ich habe unsere Housekeeping-Leitung gebeten, [die Reinigung|die Abläufe] mit dem Team genau durchzugehen und die Zimmer vor jeder Anreise zu kontrollieren.",
    ],
    broken: [
      "Ich habe unsere Haustechnik gebeten, {acc} [zu prüfen und instand zu setzen|umgehend zu überprüfen].",
      "Den Defekt habe ich an unsere Haustechnik gemeldet, damit alles [schnell repariert wird|wieder zuverlässig funktioniert].",
    ],
    noise: [
      "Ich habe unsere Haustechnik gebeten, sich die Schalldämmung auf dieser Seite des Hauses anzusehen[, und an der Rezeption vermerken wir gern den Wunsch nach einem ruhigeren Zimmer|].",
      "Ihre Hinweise zum Lärm liegen unserer Haustechnik vor; bei Ihrer nächsten Buchung [fragen Sie gern nach einem ruhigen Zimmer|vermerken wir gern den Wunsch nach einem ruhigen Zimmer].",
    ],
    service: [
      "Ich habe Ihre Erfahrung mit der zuständigen Abteilungsleitung besprochen, denn so möchten wir mit keinem Gast umgehen.",
      "Ihre Rückmeldung habe ich persönlich mit den Teamleitungen besprochen[; sie fließt in unsere nächste Service-Schulung ein|].",
    ],
    wait: [
      "Ich habe das an unsere Empfangsleitung weitergegeben, damit wir die Besetzung zu Stoßzeiten überprüfen.",
      "Wartezeiten sind nicht der Empfang, den wir bieten möchten; unsere Empfangsleitung prüft, wie wir die Anreisezeiten besser organisieren.",
    ],
    food: [
      "Ihre Anmerkungen {zu} habe ich an unseren Küchenchef weitergegeben, der sie mit seinem Team bespricht.",
      "Unser Küchenchef kennt Ihre Rückmeldung {zu} und prüft, was wir [verbessern können|besser machen können].",
    ],
    value: [
      "Ihre Einschätzung zum Preis-Leistungs-Verhältnis habe ich an unsere Geschäftsleitung weitergegeben, die regelmäßig prüft, was in unseren Preisen enthalten ist.",
      "Ihre Anmerkungen zum Preis helfen unserer Geschäftsleitung, unsere Leistungen zu überprüfen.",
    ],
    comfort: [
      "Ich habe unser Housekeeping gebeten, {acc} in diesem Zimmer zu überprüfen und Abgenutztes zu ersetzen.",
      "Ihre Anmerkungen {zu} liegen unserem Housekeeping vor, das die Matratzen und Kissen in diesem Zimmer prüft.",
    ],
  },
  questionAbout: [
    "Zu Ihrer Frage {zu}: Wenden Sie sich gern direkt an das Hotel, unser Team hilft Ihnen weiter.",
    "Was Ihre Frage {zu} betrifft, hilft Ihnen unser Team gern weiter – wenden Sie sich einfach direkt an das Hotel.",
  ],
  answer: ["Zu Ihrer Frage: {fact}", "Was Ihre Frage betrifft: {fact}"],
  informal: {
    greeting: { named: ["Hallo {name},", "Hi {name},"], anonymous: ["Hallo,", "Hi,"] },
    signOff: ["Liebe Grüße", "Viele Grüße", "Herzliche Grüße", "Bis bald"],
  },
};
