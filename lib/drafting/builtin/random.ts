// Seeded choices: the same seed always gives the same draft, different seeds give different wordings.

/** Picks from lists without repeating itself within one draft until a list runs out. */
export class Picker {
  private readonly used = new Map<string, Set<unknown>>();

  constructor(readonly random: () => number) {}

  index(length: number): number {
    return Math.min(length - 1, Math.floor(this.random() * length));
  }

  /**
   * A fresh item from `items`; `slot` names the list so two aspects never get the same template.
   * Optional weights make some items likelier (e.g. templates with more wordings).
   */
  pick<T>(items: readonly T[], slot: string, weight?: (item: T) => number): T {
    if (items.length === 0) throw new Error(`Nothing to pick for ${slot}`);
    let used = this.used.get(slot);
    if (!used) {
      used = new Set();
      this.used.set(slot, used);
    }
    let fresh = items.filter((item) => !used.has(item));
    if (fresh.length === 0) {
      for (const item of items) used.delete(item);
      fresh = [...items];
    }
    const choice = weight ? this.weighted(fresh, weight) : (fresh[this.index(fresh.length)] as T);
    used.add(choice);
    return choice;
  }

  private weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const weights = items.map((item) => Math.max(0, weight(item)));
    let r = this.random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }
}
