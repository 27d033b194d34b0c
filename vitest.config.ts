import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Vitest 5's reporter uses Map.groupBy (Node 21+) when printing failures; Node 20 lacks it.
if (!("groupBy" in Map)) {
  Object.defineProperty(Map, "groupBy", {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K) {
      const groups = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = groups.get(k);
        if (list) list.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["{app,lib,workers,sandbox,scripts,prisma}/**/*.test.ts"],
    environment: "node",
    // Integration tests share one test database and Redis prefix; files run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
