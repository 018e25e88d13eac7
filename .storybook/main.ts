// Storybook for mpp-kit: web components rendered by Vite, stories in the
// top-level `stories/` folder. Workspace packages resolve through their
// `@mpp-kit/source` export condition, so Storybook runs from src/ with no build.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-a11y runs axe after each story's play function and shows the result
  // in the Accessibility panel; scripts/play-stories.ts fails on violations.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // No telemetry: CI reaches only the registries, and users did not opt in.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Warnings and errors only: CI logs should not list every chunk.
      logLevel: 'warn',
      resolve: {
        // `resolve.conditions` replaces Vite's defaults, so keep them after ours.
        conditions: ['@mpp-kit/source', ...defaultClientConditions],
      },
      build: {
        // Stories are a development tool; the size budget is enforced by size-limit.
        chunkSizeWarningLimit: 4096,
      },
    });
  },
};

export default config;
