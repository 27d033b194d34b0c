import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await auth())?.user?.id) redirect("/");
  const { next } = await searchParams;
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-semibold tracking-tight text-brand-700">Lobby</p>
          <p className="mt-1 text-sm text-stone-500">Answer every guest review, in your hotel&apos;s voice.</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
          <SignInForm next={next ?? ""} signIn={signInAction} />
        </div>
      </div>
    </main>
  );
}
