import { z } from 'zod';

/** A photo of a station, an activity …: where to fetch it (metadata stripped for all but its office). */
export const ZPhotoFile = z.object({
  id: z.uuid(),
  url: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type PhotoFile = z.infer<typeof ZPhotoFile>;
