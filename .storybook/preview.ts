// Global story settings: controls shown by default, docs pages generated from
// each story file's tags, and Bahasa Indonesia as the page language (the
// components follow `lang`, Indonesian first). The elements' controls, events,
// CSS parts and custom properties come from their custom-elements.json.
// Two toolbar menus apply to every story: "Tema" puts a regency theme of
// examples/themes around it, "Bahasa" sets the page's `lang`, which every
// element without its own `locale` follows.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../examples/themes/kabupaten-kediri.css';
import '../examples/themes/kota-kediri.css';
import manifest from '../packages/elements/custom-elements.json';

document.documentElement.lang = 'id';
setCustomElementsManifest(manifest);

/**
 * The story inside the "Bahasa" menu's `lang` and the "Tema" menu's theme class.
 * The `lang` is on the story itself, not only on `<html>`: a docs page marks its
 * (English) text `lang="en"`, and the elements would follow that instead.
 */
const withRegencyAndLanguage: Decorator = (story, { globals }) => {
  const lang = globals['lang'] === 'en' ? 'en' : 'id';
  document.documentElement.lang = lang;
  const regency = globals['regency'] as string | undefined;
  return html`<div lang=${lang} class=${regency || nothing}>${story()}</div>`;
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    // A violation fails the story (the default, 'todo', only warns): the panel
    // shows it red, and scripts/play-stories.ts fails the build on it. A story
    // may turn off one rule, with a comment saying why; never the whole check.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduction', 'For designers', 'Design tokens', 'Themes', 'Contract', 'Elements', '*'],
      },
    },
  },
  globalTypes: {
    regency: {
      description: 'Tema kabupaten/kota (examples/themes) / regency theme',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: '', title: 'Bawaan / default' },
          { value: 'kota-kediri', title: 'Kota Kediri' },
          { value: 'kabupaten-kediri', title: 'Kabupaten Kediri' },
        ],
      },
    },
    lang: {
      description: 'Bahasa halaman (lang) / page language',
      toolbar: {
        title: 'Bahasa',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { regency: '', lang: 'id' },
  decorators: [withRegencyAndLanguage],
  tags: ['autodocs'],
};

export default preview;
