import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One app, two faces: /console (antd, desk) and /m (antd-mobile, phone), each a lazy chunk.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
