import type { SurveyElementKey, SurveyProfile } from '@mpp-kit/contract';

/** One element's question and its four answers, worst (1) to best (4), as the regulation's questionnaire words them. */
export interface SurveyQuestion {
  /** The question. */
  readonly question: string;
  /** The four answers, scored 1 to 4 in this order. */
  readonly answers: readonly [string, string, string, string];
}

/** A profile field's choices, keyed by the contract's values. */
type Choices<K extends keyof SurveyProfile> = Readonly<Record<NonNullable<SurveyProfile[K]>, string>>;

/**
 * Bahasa Indonesia strings of `<mpp-survey>`; this module defines their shape
 * ({@link SurveyStrings}). The questions and answers are those of the sample
 * questionnaire of PermenPAN-RB No. 14 of 2017 (Lampiran), one per element,
 * in the order of the elements (unsur). Numbers and dates arrive formatted.
 */
export const surveyStringsId = {
  /** The element's heading on the code screen. */
  heading: 'Survei Kepuasan Masyarakat',
  /** Under the heading on the code screen: what the survey is and what it does not ask. */
  intro:
    'Bantu kami memperbaiki pelayanan: jawab 9 pertanyaan singkat tentang layanan yang baru Anda terima. Survei ini tidak menanyakan nama, NIK, atau nomor telepon.',
  /** Label of the survey code field. */
  codeLabel: 'Kode survei',
  /** Under the code field: where the code is. */
  codeHint: 'Ada di tiket antrean Anda setelah layanan selesai, atau diberikan petugas loket. Contoh: 7QX4-M2KP.',
  /** The code field was left empty. */
  codeMissing: 'Isi kode survei.',
  /** What was typed cannot be a code. */
  codeInvalid: 'Kode survei terdiri dari 8 huruf dan angka, misalnya 7QX4-M2KP. Periksa kembali kode Anda.',
  /** The server does not know the code: the answers are kept, the code can be corrected. */
  codeUnknown:
    'Kode survei tidak dikenal. Periksa kembali kode pada tiket atau dari petugas, lalu kirim lagi: jawaban Anda tetap tersimpan.',
  /** The start button of the code screen. */
  start: 'Mulai survei',
  /** The code being answered, above the questions. */
  codeInUse: (code: string) => `Kode survei: ${code}`,
  /** The progress line of a question (also announced). */
  progress: (position: string, total: string) => `Pertanyaan ${position} dari ${total}`,
  /** The progress line of the two optional screens after the questions (also announced). */
  optionalProgress: (position: string, total: string) => `Tambahan ${position} dari ${total}, boleh dilewati`,
  /** What the polite live region says on arrival at a screen: its progress and its heading. */
  arrived: (progress: string, heading: string) => `${progress}: ${heading}`,
  /** Asked to answer before moving on. */
  chooseAnswer: 'Pilih salah satu jawaban untuk melanjutkan.',
  /** Moves to the next screen. */
  next: 'Lanjut',
  /** Moves to the previous screen; answers stay. */
  back: 'Kembali',
  /** The regulation's questions and answers, per element. */
  questions: {
    /** U1 Persyaratan. */
    requirements: {
      question: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    },
    /** U2 Sistem, mekanisme dan prosedur. */
    procedure: {
      question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      answers: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
    },
    /** U3 Waktu penyelesaian. */
    time: {
      question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      answers: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
    },
    /** U4 Biaya/tarif. */
    cost: {
      question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    },
    /** U5 Produk spesifikasi jenis pelayanan. */
    product: {
      question:
        'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    },
    /** U6 Kompetensi pelaksana. */
    competence: {
      question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      answers: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
    },
    /** U7 Perilaku pelaksana. */
    conduct: {
      question: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      answers: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
    },
    /** U8 Penanganan pengaduan, saran dan masukan. */
    complaints: {
      question: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      answers: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    },
    /** U9 Sarana dan prasarana. */
    facilities: {
      question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      answers: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    },
  } satisfies Record<SurveyElementKey, SurveyQuestion> as Readonly<Record<SurveyElementKey, SurveyQuestion>>,
  /** Heading of the profile screen. */
  profileHeading: 'Tentang Anda',
  /** Under the profile heading. */
  profileIntro:
    'Semua pertanyaan di halaman ini boleh dilewati. Jawabannya hanya dihitung sebagai statistik dan tidak dikaitkan dengan Anda.',
  /** The empty choice of each profile field. */
  notSaying: 'Tidak ingin menjawab',
  /** Label of the age group. */
  ageGroupLabel: 'Usia',
  /** Label of the sex. */
  sexLabel: 'Jenis kelamin',
  /** Label of the highest education. */
  educationLabel: 'Pendidikan terakhir',
  /** Label of the occupation. */
  occupationLabel: 'Pekerjaan',
  /** Age groups. */
  ageGroups: {
    'under-20': 'Di bawah 20 tahun',
    '20-29': '20–29 tahun',
    '30-39': '30–39 tahun',
    '40-49': '40–49 tahun',
    '50-59': '50–59 tahun',
    '60-plus': '60 tahun ke atas',
  } satisfies Choices<'ageGroup'> as Choices<'ageGroup'>,
  /** Sexes. */
  sexes: { male: 'Laki-laki', female: 'Perempuan' } satisfies Choices<'sex'> as Choices<'sex'>,
  /** Education levels. */
  educations: {
    primary: 'SD',
    'junior-secondary': 'SMP',
    'senior-secondary': 'SMA/SMK',
    diploma: 'D1–D3',
    bachelor: 'D4/S1',
    master: 'S2',
    doctorate: 'S3',
  } satisfies Choices<'education'> as Choices<'education'>,
  /** Occupations. */
  occupations: {
    'civil-servant': 'PNS',
    military: 'TNI',
    police: 'Polri',
    private: 'Pegawai swasta',
    entrepreneur: 'Wirausaha',
    student: 'Pelajar/mahasiswa',
    other: 'Lainnya',
  } satisfies Choices<'occupation'> as Choices<'occupation'>,
  /** Heading of the suggestion screen. */
  suggestionHeading: 'Saran dan masukan',
  /** Label of the suggestion field. */
  suggestionLabel: 'Saran atau masukan untuk pelayanan ini (boleh dikosongkan)',
  /** Under the suggestion field. */
  suggestionHint: 'Jangan menuliskan nama, NIK, nomor telepon, atau data pribadi lainnya.',
  /** How many characters are left. */
  charactersLeft: (_left: number, formatted: string, max: string) => `Sisa ${formatted} dari ${max} karakter`,
  /** The submit button. */
  submit: 'Kirim survei',
  /** The submit button while the response is sent. */
  submitting: 'Mengirim…',
  /** Heading of a failed send. */
  sendFailed: 'Survei belum terkirim.',
  /** The send got no answer (offline, dropped): the answers are kept. */
  sendNetwork: 'Koneksi terputus. Jawaban Anda tetap tersimpan di halaman ini; tekan "Coba lagi".',
  /** The send timed out: the answers are kept. */
  sendTimeout: 'Server terlalu lama menjawab. Jawaban Anda tetap tersimpan di halaman ini; tekan "Coba lagi".',
  /** The server refused the response (422) without naming an element; its own words follow. */
  answerRefused: 'Ada jawaban yang tidak dapat diterima. Periksa jawaban Anda, lalu kirim lagi.',
  /** The server refused the answer of one element (422), shown on that element's screen. */
  answerRefusedFor: (element: string) =>
    `Jawaban untuk "${element}" tidak dapat diterima. Pilih salah satu dari empat jawaban di bawah, lalu kirim lagi.`,
  /** Heading of the screen when the code can no longer be used. */
  closedHeading: 'Survei tidak dapat diisi',
  /** The code was already used. */
  answered: 'Survei untuk kode ini sudah diisi sebelumnya, dan jawaban pertama yang disimpan. Terima kasih!',
  /** The code is past its days. */
  expired: (days: string) =>
    `Kode survei ini sudah kedaluwarsa: survei dapat diisi sampai ${days} hari setelah layanan selesai.`,
  /** Heading of the thank-you screen. */
  thanksHeading: 'Terima kasih!',
  /** The thank-you text. */
  thanks: 'Jawaban Anda sudah kami terima dan akan dipakai untuk memperbaiki pelayanan.',
  /** Label of the current index. */
  ikmLabel: 'Indeks Kepuasan Masyarakat (IKM) saat ini',
  /** A grade and its name: "B (Baik)". */
  gradeText: (grade: string, name: string) => `Mutu pelayanan ${grade} (${name})`,
  /** What the index is computed from. */
  ikmBasis: (_respondents: number, formatted: string, from: string, to: string) =>
    `Dari ${formatted} responden, kunjungan ${from} sampai ${to}.`,
  /** No response counts yet in the results' range. */
  ikmNone: 'Belum ada hasil survei untuk ditampilkan.',
  /** The results could not be loaded (the response was still received). */
  ikmFailed: 'Hasil survei saat ini belum dapat dimuat.',
  /** Starts again for the next person (a kiosk); nothing of this response is kept. */
  another: 'Isi survei lain',
};

/**
 * The strings of `<mpp-survey>`, typed by the Indonesian table above, so the
 * English one must have the same keys. Replace some of them per language
 * through the element's `strings` property.
 *
 * @interface
 */
export type SurveyStrings = typeof surveyStringsId;
