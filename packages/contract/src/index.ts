export const placeholder = 'contract';
