// Global story settings: controls shown by default, docs pages generated from
// each story file's tags, and Bahasa Indonesia as the page language (the
// components follow `lang`, Indonesian first). The elements' controls, events,
// CSS parts and custom properties come from their custom-elements.json.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';

document.documentElement.lang = 'id';
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Contract', 'Elements', '*'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
