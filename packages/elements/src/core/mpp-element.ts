import { ContextConsumer, ContextRoot } from '@lit/context';
import type { Locale } from '@mpp-kit/contract';
import type { MppClient } from '@mpp-kit/sdk';
import {
  html,
  LitElement,
  noChange,
  nothing,
  type CSSResultGroup,
  type PropertyDeclaration,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { enEssential } from '../i18n/en-essential.js';
import { id, type CommonStrings } from '../i18n/id.js';
import { LazyTable, loadTables, stringsFor, type StringOverrides, type Translations } from '../i18n/translations.js';
import { baseStyles } from '../styles/base.js';
import { ApiTask, type ApiTaskOptions, type ClientChoice } from './api-task.js';
import { clientSourceContext, sharedCore } from './client.js';
import { formatterFor, type Formatter } from './format.js';
import { DEFAULT_LOCALE, LangController, toLocale } from './lang.js';
import { nextTask } from './next-task.js';
import { asWritten, shownValue, UNREADABLE, type PropertyForm } from './property-forms.js';
import { errorPanel, errorPanelFor, staleNotice } from './states.js';

const common: Translations<CommonStrings> = {
  id,
  en: /* @__PURE__ */ new LazyTable(() => import('../i18n/en.js').then((module) => ({ ...enEssential, ...module.en }))),
};

/** What an element whose tables failed to load says, in the language it was asked to speak. */
const textFailure: { readonly [L in Locale]: CommonStrings } = { id, en: { ...id, ...enEssential } };

/** A document gets one context root, shared by every copy of the library on the page. */
const CONTEXT_ROOT = Symbol.for('mpp-kit.context-root');

/**
 * Lets a consumer connected before its `<mpp-provider>` was defined (the
 * script order of a portal is nobody's promise) still find it: the root
 * replays unanswered context requests when a provider appears.
 */
function ensureContextRoot(document: Document): void {
  const holder = document as Document & { [CONTEXT_ROOT]?: ContextRoot };
  if (holder[CONTEXT_ROOT]) return;
  holder[CONTEXT_ROOT] = new ContextRoot();
  holder[CONTEXT_ROOT].attach(document.documentElement);
}

/** How {@link MppElement.renderTask} shows an {@link ApiTask}'s data. */
export interface TaskViews<T> {
  /** The skeleton shown while there is no data yet; it should reserve the space the data will take. */
  loading(): unknown;
  /** The data. */
  ready(value: T): unknown;
}

/**
 * The base class of every mpp-kit element: configuration, language, theme,
 * data states and events, so each element only renders its data.
 *
 * - **API**: the `client` property, else the `api-base` attribute (one shared
 *   client core per base URL and language), else an enclosing `<mpp-provider>`.
 *   Each element builds only the SDK resources it uses over that core.
 * - **Language**: the `locale` attribute, else the nearest `lang` (the element,
 *   its ancestors across shadow roots, then `<html>`); Bahasa Indonesia unless
 *   that is English. Changing any of them re-renders, and reloads through the
 *   client of the new language, so the server's messages follow.
 * - **Strings**: typed tables per language, merged with the host's `strings`.
 * - **Theme**: the `--mpp-*` tokens below, light or dark by the visitor's
 *   preference unless `theme` pins one.
 *
 * @cssprop --mpp-color-primary - Buttons, links, highlights. Light `#0b5cad`, dark `#8ab4f8`.
 * @cssprop --mpp-color-on-primary - Text on the primary colour. Light `#ffffff`, dark `#0b1d36`.
 * @cssprop --mpp-color-surface - Background of cards and panels. Light `#ffffff`, dark `#1b1e23`.
 * @cssprop --mpp-color-surface-muted - Subtle backgrounds: today's row, loading skeletons. Light `#eef2f6`, dark `#2a2f37`.
 * @cssprop --mpp-color-text - Body text. Light `#1a1c1f`, dark `#e6e8eb`.
 * @cssprop --mpp-color-muted - Secondary text. Light `#505866`, dark `#aeb6c2`.
 * @cssprop --mpp-color-border - Borders and dividers. Light `#c9d1db`, dark `#4a515c`.
 * @cssprop --mpp-color-danger - Errors and "closed". Light `#b3261e`, dark `#f2b8b5`.
 * @cssprop --mpp-color-success - "Open" and confirmations. Light `#136c2e`, dark `#7dd99a`.
 * @cssprop --mpp-color-warning - Breaks and stale-data notices. Light `#8a5300`, dark `#f3c96b`.
 * @cssprop --mpp-focus-ring-color - Keyboard focus outline. Light `#0b5cad`, dark `#8ab4f8`.
 * @cssprop --mpp-focus-ring-width - Keyboard focus outline width. Default `3px`.
 * @cssprop --mpp-radius - Corner radius of cards, panels and buttons. Default `0.5em`.
 * @cssprop --mpp-space - Spacing unit; gaps and paddings are multiples of it. Default `0.5em`.
 * @cssprop --mpp-font-family - Font stack. Default the system UI font.
 * @cssprop --mpp-font-size - Base font size; lengths scale with it. Default `medium` (the visitor's preferred size, not the portal's root size).
 * @cssprop --mpp-line-height - Base line height. Default `1.5`.
 * @csspart base - The element's root box; every inherited text style is reset here.
 * @csspart error - The error panel (message, request id, retry).
 * @csspart retry-button - The retry button of the error panel and the stale-data notice.
 * @csspart stale-notice - The notice above data that may be out of date.
 * @fires mpp-error - Loading failed; `detail` is an `MppErrorDetail` (kind, code, status, message, requestId), without personal data.
 */
export abstract class MppElement<S extends object = object> extends LitElement {
  /** The shadow root's styles: {@link baseStyles}; subclasses append their own after them. */
  static override styles: CSSResultGroup = baseStyles;

  // Reactive properties are declared statically rather than with decorators:
  // no decorator helper in every element's bundle, and no tslib dependency.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
    locale: {},
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /**
   * The API root, the part before `/v1`, e.g. `https://mpp.kedirikota.go.id/api`;
   * relative URLs resolve against the page. Elements with the same base URL
   * share one client core.
   */
  declare apiBase: string | undefined;

  /**
   * An SDK client to use instead of `api-base` (one you created with
   * `createClient`, e.g. with your own `fetch`). The element uses its `core`
   * (fetch, headers, timeouts, retries); its `locale` decides the language of
   * the server's messages.
   */
  declare client: MppClient | undefined;

  /**
   * The language to speak, `id` or `en`, whatever `lang` says. Unset: the
   * nearest `lang` (this element, its ancestors, then the document); anything
   * but English means Bahasa Indonesia.
   */
  declare locale: Locale | undefined;

  /** Pins the colour scheme, `light` or `dark`; unset follows the visitor's preference. */
  declare theme: 'light' | 'dark' | undefined;

  /**
   * Replacement strings per language, merged over the built-in ones, e.g.
   * `{ id: { retry: 'Muat ulang' } }`.
   */
  declare strings: StringOverrides<CommonStrings & S> | undefined;

  /** Declares a reactive property; one with a `form` gets its attribute's text as it is written. */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    super.createProperty(name, options?.form ? { ...options, converter: asWritten } : options);
  }

  /**
   * Installs each reactive property's accessor; a property declared with a
   * `form` (see `PropertyForm`) reads every value given to it through that form,
   * so `now="2026-12-01T09:00:00+07:00"` set as a property by React or Vue is
   * a `Date` when the element sees it. A value the form cannot read leaves the
   * property as it was and shows a configuration error instead of the content
   * (see {@link MppElement.render}) until a readable value replaces it.
   */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration,
  ): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    // A property descriptor's setter is called with the element as `this` below.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const set = descriptor?.set;
    const { form } = options;
    if (!descriptor || !set || !form) return descriptor;
    return {
      ...descriptor,
      set(this: MppElement, input: unknown) {
        const value = form.read(input);
        if (value === UNREADABLE) {
          this.unreadable.set(name, { input, form });
          this.requestUpdate();
          return;
        }
        if (this.unreadable.delete(name)) this.requestUpdate();
        set.call(this, value);
      },
    };
  }

  /** Values given to form properties that their forms could not read, by property name. */
  private readonly unreadable = new Map<PropertyKey, { input: unknown; form: PropertyForm<unknown, never> }>();

  /** The client source of an enclosing `<mpp-provider>`, if any (it re-renders the element when it changes). */
  private readonly provided = new ContextConsumer(this, { context: clientSourceContext, subscribe: true });

  /** The element's own string tables; each element sets its own. */
  protected abstract readonly translations: Translations<S>;

  private readonly langController = new LangController(this);
  private readonly tasks: ApiTask<unknown, readonly unknown[]>[] = [];
  private memo: { key: unknown[]; strings: CommonStrings & S } | undefined;
  /** The language of the strings on screen, kept while the tables of a new one load. */
  #shownLocale: Locale = DEFAULT_LOCALE;
  /** The language whose tables failed to load, until a retry. */
  #failedLocale: Locale | undefined;

  /** The language the element speaks now: `id` or `en`. */
  get resolvedLocale(): Locale {
    return this.locale ? toLocale(this.locale) : this.langController.locale;
  }

  /**
   * The strings of the current language, with the host's overrides. While the
   * tables of a new language load, the strings of the language on screen, so
   * nothing the element says mixes two languages.
   */
  protected get t(): CommonStrings & S {
    // The language on screen has its tables: they were loaded, or are Bahasa Indonesia's, in the bundle.
    return (this.stringsIn(this.resolvedLocale) ?? this.stringsIn(this.#shownLocale)) as CommonStrings & S;
  }

  /** The strings of `locale` with the host's overrides, or `undefined` while one of its tables is not loaded. */
  private stringsIn(locale: Locale): (CommonStrings & S) | undefined {
    const key = [locale, this.strings, this.translations];
    const memo = this.memo;
    if (memo && key.every((part, index) => part === memo.key[index])) return memo.strings;
    const tables = [common, this.translations] as readonly Translations<Partial<CommonStrings & S>>[];
    const strings = stringsFor<CommonStrings & S>(tables, locale, this.strings);
    if (strings) this.memo = { key, strings };
    return strings;
  }

  /** Number, money, date and time formats of the current language. */
  protected get format(): Formatter {
    return formatterFor(this.resolvedLocale);
  }

  /** The client core to use now (see the class description), the error that prevents one, or `null`. */
  protected clientChoice(): ClientChoice {
    if (this.client) return this.client.core;
    const locale = this.resolvedLocale;
    try {
      if (this.apiBase) return sharedCore(this.apiBase, locale, this.ownerDocument.baseURI);
      return this.provided.value?.coreFor(locale) ?? null;
    } catch (error) {
      return error as ClientChoice;
    }
  }

  /**
   * Creates the element's data loading; call it in a field initializer.
   *
   * @example
   * private readonly site = this.createApiTask({ load: (core, _args, signal) => siteResource(core).get({ signal }) });
   */
  protected createApiTask<T, A extends readonly unknown[] = readonly []>(options: ApiTaskOptions<T, A>): ApiTask<T, A> {
    const task = new ApiTask<T, A>(this, () => this.clientChoice(), options);
    this.tasks.push(task);
    return task;
  }

  /**
   * Renders an {@link ApiTask} in whichever state it is: the element's skeleton
   * while loading, the data when ready, the data under a stale notice when a
   * refresh failed, the error panel with retry when there is nothing to show,
   * and a configuration hint when the element has no API.
   */
  protected renderTask<T>(task: ApiTask<T, readonly unknown[]>, views: TaskViews<T>): unknown {
    const { t } = this;
    switch (task.state) {
      case 'unconfigured':
        return errorPanel(t, t.notConfigured, null, null);
      case 'loading':
        return views.loading();
      case 'error':
        return errorPanelFor(t, task.error, task.retry);
      case 'stale':
        return html`${staleNotice(t, 'failed', this.format.instantTime(task.loadedAt ?? new Date()), task.retry)}${views.ready(task.value as T)}`;
      default:
        return views.ready(task.value as T);
    }
  }

  /** The element's content inside the `base` wrapper. */
  protected abstract renderContent(): unknown;

  /**
   * Each update starts in a task of its own (`scheduler.yield()`, or a
   * message where it is missing) instead of the task that asked for it. A
   * page's elements then render one task each, not all in the task that
   * brought their code or their data: on the demo portal
   * (seven elements, CPU slowed 4x as Lighthouse does) that one task blocked
   * input for over half a second. The price is a task's delay before each
   * render; `updateComplete` still resolves after it.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await nextTask();
    await super.scheduleUpdate();
  }

  override connectedCallback(): void {
    // Before the consumer controller asks for a provider (in super's hostConnected).
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  /**
   * The configuration error for values the element could not read (see
   * {@link MppElement.getPropertyDescriptor}): each names the property, its
   * attribute when that is spelt differently, the value and the form expected.
   */
  private renderUnreadable(): TemplateResult {
    const { t } = this;
    const ctor = this.constructor as typeof MppElement;
    const messages = [...this.unreadable].map(([name, { input, form }]) => {
      const attribute = ctor.elementProperties.get(name)?.attribute;
      const shown =
        typeof attribute === 'string' && attribute !== name ? `${attribute} (${String(name)})` : String(name);
      return t.unreadableProperty(shown, shownValue(input), (form as PropertyForm<unknown, typeof t>).expected(t));
    });
    return errorPanel(t, messages.join(' '), null, null);
  }

  /**
   * The `base` wrapper around {@link renderContent}. While the tables of the
   * element's language load (once per page, shared by every element), it keeps
   * what it showed (nothing on the first render: the host's reserved space) and
   * says it is busy, rather than show a line in another language; a failed load
   * shows an error panel with retry, in the language asked for.
   */
  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const strings = this.stringsIn(locale);
    const failed = !strings && this.#failedLocale === locale;
    if (strings) this.#shownLocale = locale;
    else if (!failed) {
      loadTables([common, this.translations], locale).then(
        () => this.requestUpdate(),
        () => {
          this.#failedLocale = locale;
          this.requestUpdate();
        },
      );
    }
    const busy = strings ? this.tasks.some((task) => task.pending) : !failed;
    const retryTables = (): void => {
      this.#failedLocale = undefined;
      this.requestUpdate();
    };
    // One template in every case, so that `noChange` keeps the content (and what the visitor typed) in place.
    return html`<div
      class="root"
      part="base"
      lang=${failed ? locale : this.#shownLocale}
      aria-busy=${busy ? 'true' : nothing}
    >
      ${
        strings
          ? this.unreadable.size > 0
            ? this.renderUnreadable()
            : this.renderContent()
          : failed
            ? errorPanel(textFailure[locale], textFailure[locale].textFailed, null, retryTables)
            : noChange
      }
      <p class="visually-hidden" role="status">${strings ? (busy ? strings.loading : '') : failed ? '' : noChange}</p>
    </div>`;
  }
}
