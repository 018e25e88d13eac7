// Framework typings of @mpp-kit/elements, generated at build from its custom
// elements manifest (so an element added later gets them without anyone
// writing a line per element, and none can drift from the classes):
//
// - `dist/react.d.ts`: React 19's JSX `IntrinsicElements` for every tag, with
//   the attribute form (`api-base`) and the property form (`apiBase`) of each
//   setting and an `onmpp-…` handler for each event, typed `CustomEvent<Detail>`.
// - `dist/vue.d.ts`: Vue's `GlobalComponents`, so templates check props and
//   events under `vue-tsc --strictTemplates`.
// - `dist/react-wrappers.js`: `@lit/react` components for React 18 and Next.js
//   (camelCase props, `onServiceSelect`-style events), with their declarations.
//
// `react.js` and `vue.js` are empty modules: the entries exist for their types.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const HEADER = '// Generated at build from custom-elements.json by scripts/framework-typings.mjs: do not edit.\n';

/** Names the package index exports: its `export { … } from` lines and its own exported declarations. */
function indexExports(pkgDir) {
  const file = join(pkgDir, 'src', 'index.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names = source.statements.flatMap((statement) => {
    if (ts.isExportDeclaration(statement)) return statement.exportClause?.elements.map((item) => item.name.text) ?? [];
    const exported = ts.getModifiers?.(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) return [];
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.map((item) => item.name.getText());
    return statement.name ? [statement.name.text] : [];
  });
  return new Set(names);
}

/** The elements of a manifest: tag, class, writable properties, attributes, events. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .map(({ module, declaration }) => {
      const properties = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.readonly && !member.static && member.type?.text,
      );
      const typeOf = new Map(properties.map((member) => [member.name, member.type.text]));
      return {
        tag: declaration.tagName,
        className: declaration.name,
        module: `./${module.path.replace(/^dist\//, '')}`,
        summary: declaration.summary ?? '',
        properties: properties.map((member) => ({
          name: member.name,
          type: member.type.text,
          description: member.description ?? '',
        })),
        // Attributes whose name differs from their property: React 19 and Vue
        // set those as attributes, so the value is text the element parses.
        attributes: (declaration.attributes ?? [])
          .filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName)
          .filter((attribute) => typeOf.has(attribute.fieldName))
          .map((attribute) => ({
            name: attribute.name,
            type: attributeForm(typeOf.get(attribute.fieldName)),
            description: attribute.description ?? '',
          })),
        events: (declaration.events ?? []).map((event) => ({
          name: event.name,
          type: event.type.text,
          description: event.description ?? '',
        })),
      };
    });
}

/** An attribute's value as markup writes it: a number may come as its digits. */
const attributeForm = (type) => (/\bnumber\b/.test(type) ? `${type} | \`\${number}\`` : type);

/** `mpp-service-select` → `onServiceSelect`; a single word keeps its prefix (`onMppError`), so no wrapper prop shadows a DOM one (`onError`). */
function wrapperEventProp(eventName) {
  const words = eventName.split('-');
  const kept = words.length > 2 ? words.slice(1) : words;
  return `on${kept.map((word) => word[0].toUpperCase() + word.slice(1)).join('')}`;
}

/** `mpp-service-select` → `onMppServiceSelect`: the prop a template's `@mpp-service-select` compiles to. */
const vueEventProp = (eventName) =>
  `on${eventName.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase())}`;

/** A TSDoc comment, indented, or nothing for an empty text. */
function doc(text, indent = '  ') {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** A type that also admits `undefined`, as an optional prop under `exactOptionalPropertyTypes`. */
const orUndefined = (type) => (/(^|\| )undefined( \||$)/.test(type) ? type : `${type} | undefined`);

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The exported names `texts` mention, sorted: what a generated file imports from the index. */
function namesIn(texts, exported) {
  const names = texts.flatMap((text) => text.replace(/'[^']*'|`[^`]*`/g, '').match(/[A-Za-z_$][\w$]*/g) ?? []);
  return [...new Set(names)].filter((name) => exported.has(name)).sort();
}

/** Every type text of the elements' props and events, and their classes. */
const typeTextsOf = (elements) =>
  elements.flatMap((element) => [
    element.className,
    ...element.properties.map((property) => property.type),
    ...element.attributes.map((attribute) => attribute.type),
    ...element.events.map((event) => event.type),
  ]);

const typeImports = (names) => `import type {\n${names.map((name) => `  ${name},\n`).join('')}} from './index.js';\n`;

/** The settings of one element, and its events when `eventKey` names their props, as interface members. */
function propsBody(element, eventKey) {
  const lines = [];
  for (const attribute of element.attributes) {
    lines.push(`${doc(attribute.description)}  ${key(attribute.name)}?: ${orUndefined(attribute.type)};`);
  }
  for (const property of element.properties) {
    lines.push(`${doc(property.description)}  ${key(property.name)}?: ${orUndefined(property.type)};`);
  }
  for (const event of eventKey ? element.events : []) {
    lines.push(
      `${doc(event.description)}  ${key(eventKey(event.name))}?: ((event: ${event.type}) => void) | undefined;`,
    );
  }
  return lines.join('\n');
}

function reactTypings(elements, exported) {
  const props = elements.map((element) => {
    const own = [
      ...element.attributes.map((attribute) => attribute.name),
      ...element.properties.map((property) => property.name),
    ];
    const omitted = own.length > 0 ? own.map((name) => `'${name}'`).join(' | ') : 'never';
    return (
      doc(`Props of \`<${element.tag}>\` in React 19: attributes, properties and \`onmpp-…\` event handlers.`, '') +
      `export interface ${element.className}Props\n` +
      `  extends Omit<DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}>, ${omitted}> {\n` +
      `${propsBody(element, (name) => `on${name}`)}\n}\n`
    );
  });
  const intrinsic = elements.map((element) => `      '${element.tag}': ${element.className}Props;`).join('\n');
  return (
    HEADER +
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n" +
    typeImports(namesIn(typeTextsOf(elements), exported)) +
    '\n' +
    props.join('\n') +
    "\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n" +
    intrinsic +
    '\n    }\n  }\n}\n'
  );
}

function vueTypings(elements, exported) {
  const parts = elements.map((element) => {
    const events = element.events.map((event) => `  '${event.name}': ${event.type};`).join('\n');
    return (
      doc(`Template props of \`<${element.tag}>\`: its attributes, properties and event listeners.`, '') +
      `export interface ${element.className}VueProps {\n${propsBody(element, vueEventProp)}\n}\n` +
      doc(`The events \`<${element.tag}>\` fires, by name.`, '') +
      `export interface ${element.className}Events {${events ? `\n${events}\n` : ''}}\n`
    );
  });
  const global = elements
    .map(
      (element) =>
        `    '${element.tag}': VueCustomElement<${element.className}, ${element.className}VueProps, ${element.className}Events>;`,
    )
    .join('\n');
  return (
    HEADER +
    "import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';\n" +
    typeImports(namesIn(typeTextsOf(elements), exported)) +
    `
/**
 * A custom element as Vue's template type checker reads a component: its
 * props from \`$props\`, its events from \`$emit\` (the pattern of Vue's guide,
 * "Web Components and TypeScript").
 */
export type VueCustomElement<Element extends HTMLElement, Props, Events extends object> = new () => Element & {
  /** @deprecated For template type checking only: set properties on the element itself. */
  $props: HTMLAttributes & AllowedComponentProps & VNodeProps & Props;
  /** @deprecated For template type checking only: the element dispatches its events itself. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

` +
    parts.join('\n') +
    "\ndeclare module 'vue' {\n  interface GlobalComponents {\n" +
    global +
    '\n  }\n}\n'
  );
}

function reactWrappers(elements, exported) {
  const js = elements.map((element) => {
    const events = element.events.map((event) => `${wrapperEventProp(event.name)}: '${event.name}'`).join(', ');
    return (
      `export const ${element.className} = /* @__PURE__ */ createComponent({\n` +
      `  react: React,\n  tagName: '${element.tag}',\n  elementClass: ${element.className}Element,\n` +
      `  events: {${events ? ` ${events} ` : ''}},\n  displayName: '${element.className}',\n});\n`
    );
  });
  const imports = elements
    .map((element) => `import { ${element.className} as ${element.className}Element } from '${element.module}';\n`)
    .join('');
  const dts = elements.map((element) => {
    const events = element.events
      .map((event) => `    ${wrapperEventProp(event.name)}: EventName<${event.type}>;`)
      .join('\n');
    return (
      doc(
        `\`<${element.tag}>\` as a React component (\`@lit/react\`): camelCase props set as properties, events as \`on…\` props. Register the tag with \`@mpp-kit/elements/${element.module.split('/')[1]}/define.js\`.`,
        '',
      ) +
      `export declare const ${element.className}: ReactWebComponent<\n  ${element.className}Element,\n  {${events ? `\n${events}\n  ` : ''}}\n>;\n`
    );
  });
  const texts = elements.flatMap((element) => [element.className, ...element.events.map((event) => event.type)]);
  const typeNames = namesIn(texts, exported).map((name) =>
    elements.some((element) => element.className === name) ? `${name} as ${name}Element` : name,
  );
  return {
    js:
      HEADER +
      "import * as React from 'react';\nimport { createComponent } from '@lit/react';\n" +
      imports +
      '\n' +
      js.join('\n'),
    dts:
      HEADER +
      "import type { EventName, ReactWebComponent } from '@lit/react';\n" +
      typeImports(typeNames) +
      '\n' +
      dts.join('\n'),
  };
}

/** Writes the framework entries into `<pkgDir>/dist` from the package's manifest. */
export function writeFrameworkTypings(pkgDir, manifest) {
  const elements = elementsOf(manifest);
  const exported = indexExports(pkgDir);
  const wrappers = reactWrappers(elements, exported);
  const files = {
    'react.d.ts': reactTypings(elements, exported),
    'react.js': `${HEADER}export {};\n`,
    'vue.d.ts': vueTypings(elements, exported),
    'vue.js': `${HEADER}export {};\n`,
    'react-wrappers.js': wrappers.js,
    'react-wrappers.d.ts': wrappers.dts,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(pkgDir, 'dist', file), text);
}
