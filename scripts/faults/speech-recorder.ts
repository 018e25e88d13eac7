// The browser's speech for scripts/faults/stream-cuts.node.test.ts: bundled
// into a script that runs before the page's own (puppeteer's
// evaluateOnNewDocument), it replaces speechSynthesis with a recorder, so the
// board's real speaker (`browserSpeaker`) runs as in a hall and every
// utterance it makes is counted. Each utterance ends at once, so a backlog of
// calls is read out without waiting on a voice. There is no Web Audio: the
// chime's generated tone takes 1.6 s of real time per call, and what is said
// is what this test is about.

/** What the page's speech recorder holds. */
export interface SpeechRecord {
  /** The text of every utterance spoken, in order (the silent one that unlocks speech included). */
  readonly spoken: string[];
}

const record: SpeechRecord = { spoken: [] };

/** An utterance as the board's speaker fills it in. */
interface RecordedUtterance {
  readonly text: string;
  lang: string;
  voice: unknown;
  rate: number;
  volume: number;
  onend: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** The one voice the device has: Indonesian, on the device. */
const voice = { name: 'Perekam', lang: 'id-ID', localService: true, default: true, voiceURI: 'perekam' };

const synthesis = {
  speaking: false,
  pending: false,
  paused: false,
  getVoices: () => [voice],
  speak(utterance: RecordedUtterance) {
    record.spoken.push(utterance.text);
    setTimeout(() => utterance.onend?.(new Event('end')), 0);
  },
  cancel: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
};

function Utterance(this: RecordedUtterance, text: string): void {
  Object.assign(this, { text, lang: '', voice: null, rate: 1, volume: 1, onend: null, onerror: null });
}

Object.defineProperties(globalThis, {
  speechSynthesis: { value: synthesis, configurable: true },
  SpeechSynthesisUtterance: { value: Utterance, configurable: true },
  AudioContext: { value: undefined, configurable: true },
  speechRecord: { value: record, configurable: true },
});
