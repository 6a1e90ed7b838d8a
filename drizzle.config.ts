import { defineConfig } from 'drizzle-kit';

// Only `npm run db:new` reads this: it diffs src/server/db/schema against the committed migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
});
