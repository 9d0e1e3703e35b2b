// The large-text, high-contrast reading mode (适老化): one storage key and attribute, shared by the
// pre-paint snippet in <head> and the header control.
export const READING_KEY = 'yuecheng-1616-reading';
export const READING_LARGE = 'large';
