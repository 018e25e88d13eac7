export const placeholder = 'elements';
