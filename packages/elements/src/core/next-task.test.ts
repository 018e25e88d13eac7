// Elements render in a task of their own, not in the task that asked for the
// update: a page whose elements get their code or data in one task then has
// several short tasks instead of one long one. A microtask chain started in
// the asking task runs to its end before the update (with Lit's default
// microtask scheduling, the update would run in the middle of it).
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { MppElement } from './mpp-element.js';
import { nextTask } from './next-task.js';

interface PlainStrings {
  text: string;
}

class PlainCard extends MppElement<PlainStrings> {
  protected readonly translations = { id: { text: 'Teks' }, en: { text: 'Text' } };
  protected renderContent(): unknown {
    return html`<p>${this.t.text}</p>`;
  }
}
customElements.define('next-task-card', PlainCard);

/** Runs `count` microtasks one after the other, then `done`: all within the current task. */
function microtaskChain(count: number, done: () => void): void {
  const step = (left: number): void => (left === 0 ? done() : queueMicrotask(() => step(left - 1)));
  queueMicrotask(() => step(count));
}

describe('nextTask', () => {
  it('resolves after every microtask of the current task', async () => {
    let finished = false;
    microtaskChain(200, () => (finished = true));
    await nextTask();
    expect(finished).to.equal(true);
  });
});

describe('MppElement updates', () => {
  it('render in a task after the one that asked for them', async () => {
    const card = await fixture<PlainCard>(html`<next-task-card></next-task-card>`);
    let askingTaskOver = false;
    let renderedAfterIt: boolean | undefined;
    card.addController({ hostUpdate: () => (renderedAfterIt = askingTaskOver) });
    card.requestUpdate();
    microtaskChain(200, () => (askingTaskOver = true));
    await card.updateComplete;
    expect(renderedAfterIt).to.equal(true);
    expect(card.shadowRoot?.querySelector('p')?.textContent).to.equal('Teks');
  });
});
