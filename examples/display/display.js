// The waiting-room board of `npm start` (/display/): one <mpp-queue-status
// mode="board"> filling the screen. An MPP with a TV per wing narrows each
// screen with the address rather than a page per wing:
//   /display/?agency=dukcapil     one agency's counters and lines
//   /display/?service=ktp-el      one service
//   /display/?speech=en           calls spoken in English instead of Indonesian
// Values that are not ids are ignored, so a mistyped address shows the whole MPP.

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SPEECH_LOCALES = new Set(['id', 'en']);

const board = document.getElementById('board');
const query = new URLSearchParams(location.search);

for (const name of ['agency', 'service']) {
  const value = query.get(name);
  if (value !== null && ID.test(value)) board.setAttribute(name, value);
}
const speech = query.get('speech');
if (speech !== null && SPEECH_LOCALES.has(speech)) board.setAttribute('speech-locale', speech);
