import type { Db } from "../db";
import { readStoredAnalysis } from "../reviews/analysis-schema";

// For tests that approve replies: approval refuses a reply in another language than the review's, so a
// test that only needs "some acceptable reply" takes the thank-you in the review's language.

export const THANK_YOU: Record<string, string> = {
  en: "Thank you very much for your visit and your kind words about our team.",
  de: "Vielen Dank für Ihren Besuch und Ihre freundlichen Worte über unser Team.",
  fr: "Merci beaucoup pour votre visite et vos mots aimables sur notre équipe.",
  es: "Muchas gracias por su visita y por sus amables palabras sobre nuestro equipo.",
  it: "Grazie mille per la sua visita e per le sue belle parole sul nostro personale.",
  pt: "Muito obrigado pela sua visita e pelas suas palavras simpáticas sobre a nossa equipa.",
  nl: "Hartelijk dank voor uw bezoek en uw vriendelijke woorden over ons team.",
};

/** The review's language as approval checks it: analysed, else the platform's. */
export async function reviewLanguageOf(db: Db, reviewId: string): Promise<string | null> {
  const review = await db.review.findUniqueOrThrow({ where: { id: reviewId }, select: { language: true, analysis: true } });
  return readStoredAnalysis(review.analysis)?.language ?? review.language?.slice(0, 2) ?? null;
}

/** `english` when the review is in English or of unknown language, else the thank-you in its language. */
export async function replyInReviewLanguage(db: Db, reviewId: string, english: string): Promise<string> {
  const language = await reviewLanguageOf(db, reviewId);
  return language && language !== "en" ? (THANK_YOU[language] ?? english) : english;
}
