import { z } from 'zod';

/** Every list takes `limit` (1–100, default 20) and the previous page's `nextCursor`. */
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, at most 100'),
  cursor: z.string().max(200).optional().describe("The previous page's nextCursor"),
});
export type PageQuery = z.infer<typeof ZPageQuery>;

/** `{ items, nextCursor }`: nextCursor is null on the last page. */
export function zPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type Page<T> = { items: T[]; nextCursor: string | null };
