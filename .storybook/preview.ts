// Global story settings: controls shown by default, docs pages generated from
// each story file's tags, and Bahasa Indonesia as the page language (the
// components follow `lang`, Indonesian first).
import type { Preview } from '@storybook/web-components-vite';

document.documentElement.lang = 'id';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Contract', '*'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
