export const placeholder = 'sdk';
