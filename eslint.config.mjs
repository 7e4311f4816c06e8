import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      '.cache/**',
      'out-news/**',
      'node_modules/**',
      '.next/**',
      'out/**',
      'out-*/**',
      // Built from lib/client by scripts/islands.ts.
      'public/islands/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
];
export default config;
