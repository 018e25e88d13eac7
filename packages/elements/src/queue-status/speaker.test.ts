// The browser speaker's choices (which voice, which language, when to give up
// waiting) over a stand-in speech engine: no test depends on the voices, or the
// sound, of the machine it runs on.
import { expect } from '@open-wc/testing';
import { browserSpeaker, voiceFor } from './speaker.js';

const voice = (lang: string, name = lang, localService = false): SpeechSynthesisVoice => ({
  lang,
  name,
  localService,
  default: false,
  voiceURI: name,
});

/** Stands in for `speechSynthesis`: lists `voices`, records utterances, ends each at once. */
class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[];
  readonly spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;

  constructor(voices: SpeechSynthesisVoice[]) {
    super();
    this.voices = voices;
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    queueMicrotask(() => {
      utterance.onend?.call(utterance, new Event('end') as SpeechSynthesisEvent);
    });
  }

  cancel(): void {
    this.cancelled += 1;
  }
}

/** A plain utterance object: the engine's own class is not needed to check what would be said. */
class FakeUtterance {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  volume = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

function speakerOver(synthesis: FakeSynthesis): ReturnType<typeof browserSpeaker> {
  return browserSpeaker({
    synthesis: synthesis as unknown as SpeechSynthesis,
    utterance: FakeUtterance as unknown as new (text: string) => SpeechSynthesisUtterance,
    audioContext: null,
  });
}

describe('voiceFor', () => {
  it('prefers the exact region, then a voice on the device, then any of the language', () => {
    const voices = [voice('en-US'), voice('id-ID', 'remote'), voice('ms-MY'), voice('id-ID', 'local', true)];
    expect(voiceFor(voices, 'id')?.name).to.equal('local');
    expect(voiceFor([voice('en-US'), voice('en-GB')], 'en')?.lang).to.equal('en-GB');
    expect(voiceFor([voice('en-US')], 'en')?.lang).to.equal('en-US');
  });

  it('counts Android’s "in_ID" as Indonesian, and finds none where there is none', () => {
    expect(voiceFor([voice('in_ID')], 'id')?.lang).to.equal('in_ID');
    expect(voiceFor([voice('en-US'), voice('ms-MY')], 'id')).to.equal(null);
  });
});

describe('browserSpeaker', () => {
  it('speaks in the language’s voice, a little slow, with the language set', async () => {
    const synthesis = new FakeSynthesis([voice('en-GB'), voice('id-ID')]);
    const speaker = speakerOver(synthesis);
    expect(speaker.available).to.equal(true);
    await speaker.unlock();
    await speaker.speak('Nomor antrean A satu, silakan menuju Loket satu.', 'id');
    const said = synthesis.spoken.at(-1) as unknown as FakeUtterance;
    expect(said.text).to.equal('Nomor antrean A satu, silakan menuju Loket satu.');
    expect(said.lang).to.equal('id-ID');
    expect(said.voice?.lang).to.equal('id-ID');
    expect(said.rate).to.be.below(1);
    expect(speaker.hasVoice('id')).to.equal(true);
  });

  it('falls back to the default voice with the language set when the device has no such voice', async () => {
    const synthesis = new FakeSynthesis([voice('en-US')]);
    const speaker = speakerOver(synthesis);
    await speaker.speak('Nomor antrean A satu, silakan menuju Loket satu.', 'id');
    const said = synthesis.spoken.at(-1) as unknown as FakeUtterance;
    expect(said.voice).to.equal(null);
    expect(said.lang).to.equal('id-ID');
    expect(speaker.hasVoice('id')).to.equal(false);
  });

  it('does not know about voices until the device lists them, and waits for them when unlocking', async () => {
    const synthesis = new FakeSynthesis([]);
    const speaker = speakerOver(synthesis);
    expect(speaker.hasVoice('id')).to.equal(null);
    const unlocked = speaker.unlock();
    // Unlocking speaks a silent utterance, so the browser allows speech from then on.
    expect((synthesis.spoken[0] as unknown as FakeUtterance).volume).to.equal(0);
    synthesis.voices = [voice('id-ID')];
    synthesis.dispatchEvent(new Event('voiceschanged'));
    await unlocked;
    expect(speaker.hasVoice('id')).to.equal(true);
  });

  it('is unavailable without speech and audio, and then does nothing', async () => {
    const speaker = browserSpeaker({ synthesis: null, utterance: null, audioContext: null });
    expect(speaker.available).to.equal(false);
    expect(speaker.hasVoice('id')).to.equal(false);
    await speaker.unlock();
    await speaker.chime();
    await speaker.speak('Nomor antrean A satu.', 'id');
    speaker.cancel();
  });

  it('plays the chime as two generated notes and resolves when they end', async () => {
    const notes: { frequency: number; start: number; stop: number }[] = [];
    let contexts = 0;
    /** Stands in for an AudioContext: records each note, ends it at once. */
    const fakeContext = (): AudioContext => {
      contexts += 1;
      const param = { value: 0, setValueAtTime: () => param, exponentialRampToValueAtTime: () => param };
      const node = { gain: param, connect: () => node, disconnect: () => undefined };
      return {
        state: 'running',
        currentTime: 10,
        destination: {},
        createGain: () => node,
        createOscillator: () => {
          const note = { frequency: 0, start: 0, stop: 0 };
          const oscillator = {
            type: 'sine',
            frequency: {
              set value(value: number) {
                note.frequency = value;
              },
            },
            onended: null as (() => void) | null,
            connect: () => node,
            disconnect: () => undefined,
            start: (at: number) => {
              note.start = at;
            },
            stop: (at: number) => {
              note.stop = at;
              notes.push(note);
              queueMicrotask(() => oscillator.onended?.());
            },
          };
          return oscillator;
        },
      } as unknown as AudioContext;
    };
    const speaker = browserSpeaker({ synthesis: null, utterance: null, audioContext: fakeContext });
    expect(speaker.available).to.equal(true);
    await speaker.unlock();
    await speaker.unlock();
    await speaker.chime();
    expect(contexts).to.equal(1);
    expect(notes.map((note) => note.frequency)).to.deep.equal([784, 587.33]);
    // The second note follows the first, each rings out about a second.
    const [first, second] = notes as [(typeof notes)[0], (typeof notes)[0]];
    expect(second.start - first.start).to.be.closeTo(0.5, 0.001);
    expect(first.stop - first.start).to.be.within(1, 1.5);
  });
});
