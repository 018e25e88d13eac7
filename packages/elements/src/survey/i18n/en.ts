import type { SurveyStrings } from './id.js';

/**
 * English strings of `<mpp-survey>`, typed by the Indonesian ones. The
 * questions translate the regulation's questionnaire; the Indonesian wording
 * is the one the regulation prescribes.
 */
export const surveyStringsEn: SurveyStrings = {
  heading: 'Public Satisfaction Survey',
  intro:
    'Help us improve our service: answer 9 short questions about the service you just received. This survey does not ask for your name, NIK or phone number.',
  codeLabel: 'Survey code',
  codeHint:
    'It is on your queue ticket once the service is completed, or the counter staff give it to you. Example: 7QX4-M2KP.',
  codeMissing: 'Enter the survey code.',
  codeInvalid: 'A survey code has 8 letters and digits, e.g. 7QX4-M2KP. Check your code again.',
  codeUnknown:
    'Unknown survey code. Check the code on your ticket or from the staff, then send again: your answers are kept.',
  start: 'Start the survey',
  codeInUse: (code) => `Survey code: ${code}`,
  progress: (position, total) => `Question ${position} of ${total}`,
  optionalProgress: (position, total) => `Extra ${position} of ${total}, optional`,
  arrived: (progress, heading) => `${progress}: ${heading}`,
  chooseAnswer: 'Choose one of the answers to continue.',
  next: 'Next',
  back: 'Back',
  questions: {
    requirements: {
      question: 'How well do the requirements of the service fit the kind of service?',
      answers: ['Not appropriate', 'Somewhat inappropriate', 'Appropriate', 'Very appropriate'],
    },
    procedure: {
      question: 'How easy did you find the service procedure at this unit?',
      answers: ['Not easy', 'Not very easy', 'Easy', 'Very easy'],
    },
    time: {
      question: 'How quickly was the service delivered?',
      answers: ['Not fast', 'Not very fast', 'Fast', 'Very fast'],
    },
    cost: {
      question: 'How fair was the cost or fee of the service?',
      answers: ['Very expensive', 'Fairly expensive', 'Cheap', 'Free'],
    },
    product: {
      question: 'How well did the result you received match what the service standard promises?',
      answers: ['Does not match', 'Partly matches', 'Matches', 'Fully matches'],
    },
    competence: {
      question: 'How competent were the staff who served you?',
      answers: ['Not competent', 'Not very competent', 'Competent', 'Very competent'],
    },
    conduct: {
      question: 'How polite and friendly were the staff who served you?',
      answers: [
        'Not polite and friendly',
        'Not very polite and friendly',
        'Polite and friendly',
        'Very polite and friendly',
      ],
    },
    complaints: {
      question: 'How are complaints from service users handled?',
      answers: [
        'There is no way to complain',
        'There is one, but it does not work',
        'It works, but not fully',
        'Well managed',
      ],
    },
    facilities: {
      question: 'What do you think of the quality of the facilities and infrastructure?',
      answers: ['Poor', 'Fair', 'Good', 'Very good'],
    },
  },
  profileHeading: 'About you',
  profileIntro:
    'Every question on this page is optional. The answers only count as statistics and are not linked to you.',
  notSaying: 'Prefer not to say',
  ageGroupLabel: 'Age',
  sexLabel: 'Sex',
  educationLabel: 'Highest education',
  occupationLabel: 'Occupation',
  ageGroups: {
    'under-20': 'Under 20',
    '20-29': '20–29',
    '30-39': '30–39',
    '40-49': '40–49',
    '50-59': '50–59',
    '60-plus': '60 or older',
  },
  sexes: { male: 'Male', female: 'Female' },
  educations: {
    primary: 'Primary school (SD)',
    'junior-secondary': 'Junior secondary (SMP)',
    'senior-secondary': 'Senior secondary (SMA/SMK)',
    diploma: 'Diploma (D1–D3)',
    bachelor: "Bachelor's (D4/S1)",
    master: "Master's (S2)",
    doctorate: 'Doctorate (S3)',
  },
  occupations: {
    'civil-servant': 'Civil servant (PNS)',
    military: 'Military (TNI)',
    police: 'Police (Polri)',
    private: 'Private employee',
    entrepreneur: 'Self-employed',
    student: 'Student',
    other: 'Other',
  },
  suggestionHeading: 'Suggestions',
  suggestionLabel: 'Suggestions or feedback about this service (optional)',
  suggestionHint: 'Do not write your name, NIK, phone number or other personal data.',
  charactersLeft: (_left, formatted, max) => `${formatted} of ${max} characters left`,
  submit: 'Send the survey',
  submitting: 'Sending…',
  sendFailed: 'The survey was not sent yet.',
  sendNetwork: 'The connection dropped. Your answers are still on this page; press "Try again".',
  sendTimeout: 'The server took too long to answer. Your answers are still on this page; press "Try again".',
  answerRefused: 'An answer could not be accepted. Check your answers, then send again.',
  answerRefusedFor: (element) =>
    `The answer for "${element}" could not be accepted. Choose one of the four answers below, then send again.`,
  closedHeading: 'The survey cannot be answered',
  answered: 'The survey for this code was already answered, and the first answers were kept. Thank you!',
  expired: (days) => `This survey code has expired: the survey can be answered up to ${days} days after the service.`,
  thanksHeading: 'Thank you!',
  thanks: 'We received your answers and will use them to improve our service.',
  ikmLabel: 'Current Public Satisfaction Index (IKM)',
  gradeText: (grade, name) => `Service quality ${grade} (${name})`,
  ikmBasis: (_respondents, formatted, from, to) => `From ${formatted} respondents, visits from ${from} to ${to}.`,
  ikmNone: 'There are no survey results to show yet.',
  ikmFailed: 'The current survey results could not be loaded.',
  another: 'Answer another survey',
};
