import type { Locale } from '@mpp-kit/contract';

/**
 * What a waiting-room board needs to make a call heard: a chime and a voice.
 * `<mpp-queue-status mode="board">` uses {@link browserSpeaker} unless its
 * `speaker` property holds another one: a host can play its own chime, and a
 * test can record what would be said without any audio.
 */
export interface QueueSpeaker {
  /** Whether the device can make any sound (speech synthesis or Web Audio). */
  readonly available: boolean;
  /**
   * Prepares the audio output. Browsers allow sound only after a user gesture,
   * so the board calls this from its "enable sound" click. Resolves once the
   * device has listed its voices (or has shown it will not).
   */
  unlock(): Promise<void>;
  /** Plays the call chime; resolves when it has finished. */
  chime(): Promise<void>;
  /** Reads `text` aloud in `locale`; resolves when it has been said (or could not be). */
  speak(text: string, locale: Locale): Promise<void>;
  /** Whether the device has a voice of `locale`: `null` while it has not listed its voices yet. */
  hasVoice(locale: Locale): boolean | null;
  /** Stops the chime and the speech at once. */
  cancel(): void;
}

/** The speech language sent with each utterance: an engine without the voice still pronounces by it. */
export const SPEECH_LANG: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' };

/**
 * The language part of a voice's BCP 47 tag, lower case. Android reports
 * Indonesian with the withdrawn ISO 639 code `in` (`in_ID`), so it counts as `id`.
 */
function languageOf(tag: string): string {
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return language === 'in' ? 'id' : language;
}

/**
 * The best voice for `locale` among `voices`: the exact region first
 * (`id-ID`, `en-GB`), then a voice on the device (it works offline), then
 * any voice of the language; `null` when the device has none.
 *
 * @example voiceFor(speechSynthesis.getVoices(), 'id')?.name // 'Google Bahasa Indonesia'
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | null {
  const matching = voices.filter((voice) => languageOf(voice.lang) === locale);
  const exact = SPEECH_LANG[locale].toLowerCase();
  const score = (voice: SpeechSynthesisVoice): number =>
    (voice.lang.toLowerCase().replace('_', '-') === exact ? 2 : 0) + (voice.localService ? 1 : 0);
  return matching.reduce<SpeechSynthesisVoice | null>(
    (best, voice) => (best === null || score(voice) > score(best) ? voice : best),
    null,
  );
}

/** What {@link browserSpeaker} uses; each defaults to the browser's own, `null` leaves that sound out. */
export interface BrowserSpeakerOptions {
  /** The speech engine. @default globalThis.speechSynthesis */
  readonly synthesis?: SpeechSynthesis | null;
  /** Makes utterances. @default globalThis.SpeechSynthesisUtterance */
  readonly utterance?: (new (text: string) => SpeechSynthesisUtterance) | null;
  /** Makes the audio context of the chime. @default () => new AudioContext() */
  readonly audioContext?: (() => AudioContext) | null;
}

/** The chime's two notes (G5, then D5: the "ding-dong" of a hall), and when each starts, in seconds. */
const CHIME_NOTES = [
  { frequency: 784, start: 0 },
  { frequency: 587.33, start: 0.5 },
] as const;
/** How long each note rings out, in seconds. */
const NOTE_SECONDS = 1.1;
/** The loudest gain of a note: audible over a hall, below clipping when both ring together. */
const NOTE_GAIN = 0.35;
/** How long the voices may take to be listed after unlocking, in ms (Chrome lists them late, some engines never). */
const VOICES_WAIT_MS = 3000;
/**
 * An utterance whose `end` never comes (engines drop some silently) must not
 * block the next call: it is given up after this long plus {@link SPEECH_MS_PER_CHAR} per character.
 */
const SPEECH_BASE_MS = 3000;
const SPEECH_MS_PER_CHAR = 120;

/**
 * The browser's sound: the chime from generated tones (Web Audio, no audio
 * file to host or fetch) and the call through `speechSynthesis`, in the
 * language's voice when the device has one, else in the default voice with
 * the utterance's `lang` set, so the engine still pronounces it as best it can.
 *
 * @example
 * const speaker = browserSpeaker();
 * button.addEventListener('click', () => speaker.unlock());
 */
export function browserSpeaker(options: BrowserSpeakerOptions = {}): QueueSpeaker {
  const global = globalThis as Partial<typeof globalThis>;
  const synthesis = options.synthesis === undefined ? (global.speechSynthesis ?? null) : options.synthesis;
  const Utterance = options.utterance === undefined ? (global.SpeechSynthesisUtterance ?? null) : options.utterance;
  const AudioContextClass = global.AudioContext;
  const makeContext =
    options.audioContext === undefined
      ? AudioContextClass
        ? () => new AudioContextClass()
        : null
      : options.audioContext;
  const speech = synthesis && Utterance ? { synthesis, Utterance } : null;
  let context: AudioContext | null = null;
  const playing = new Set<OscillatorNode>();

  const voicesListed = (): Promise<void> =>
    new Promise((resolve) => {
      if (!speech || speech.synthesis.getVoices().length > 0) {
        resolve();
        return;
      }
      const done = (): void => {
        clearTimeout(timer);
        speech.synthesis.removeEventListener('voiceschanged', done);
        resolve();
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      speech.synthesis.addEventListener('voiceschanged', done);
    });

  return {
    available: speech !== null || makeContext !== null,

    async unlock() {
      if (makeContext && !context) {
        try {
          context = makeContext();
        } catch {
          context = null;
        }
      }
      if (context?.state === 'suspended') await context.resume().catch(() => undefined);
      if (speech) {
        // Chrome speaks only after a gesture has started speech once: a silent utterance does it.
        const silent = new speech.Utterance(' ');
        silent.volume = 0;
        speech.synthesis.speak(silent);
      }
      await voicesListed();
    },

    async chime() {
      const audio = context;
      if (!audio) return;
      if (audio.state === 'suspended') await audio.resume().catch(() => undefined);
      const begin = audio.currentTime + 0.05;
      const ended = CHIME_NOTES.map(({ frequency, start }) => {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        const at = begin + start;
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(NOTE_GAIN, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_SECONDS);
        oscillator.connect(gain).connect(audio.destination);
        playing.add(oscillator);
        return new Promise<void>((resolve) => {
          oscillator.onended = () => {
            playing.delete(oscillator);
            oscillator.disconnect();
            gain.disconnect();
            resolve();
          };
          oscillator.start(at);
          oscillator.stop(at + NOTE_SECONDS + 0.05);
        });
      });
      await Promise.all(ended);
    },

    speak(text, locale) {
      if (!speech) return Promise.resolve();
      const utterance = new speech.Utterance(text);
      utterance.lang = SPEECH_LANG[locale];
      const voice = voiceFor(speech.synthesis.getVoices(), locale);
      if (voice) utterance.voice = voice;
      // A hall is noisy and echoes: a little slower is easier to follow.
      utterance.rate = 0.9;
      return new Promise((resolve) => {
        const finish = (): void => {
          clearTimeout(timer);
          utterance.onend = null;
          utterance.onerror = null;
          resolve();
        };
        const timer = setTimeout(finish, SPEECH_BASE_MS + text.length * SPEECH_MS_PER_CHAR);
        utterance.onend = finish;
        utterance.onerror = finish;
        speech.synthesis.speak(utterance);
      });
    },

    hasVoice(locale) {
      if (!speech) return false;
      const voices = speech.synthesis.getVoices();
      return voices.length === 0 ? null : voiceFor(voices, locale) !== null;
    },

    cancel() {
      speech?.synthesis.cancel();
      for (const oscillator of playing) oscillator.stop();
    },
  };
}
