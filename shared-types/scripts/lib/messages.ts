// Validation messages of the generated input schemas: shown to readers filling in a form.

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const messages = {
  required: 'Please fill this in.',
  maxLength: (n: number) =>
    `Please keep this to ${count(n)} ${n === 1 ? 'character' : 'characters'} or fewer.`,
  minLength: (n: number) =>
    `Please write at least ${count(n)} ${n === 1 ? 'character' : 'characters'}.`,
  pattern: 'Please check the format and try again.',
  email: 'Please enter a valid email address, like name@example.com.',
  choice: 'Please choose one of the options.',
  boolean: 'Please choose yes or no.',
  integer: 'Please enter a whole number.',
  number: 'Please enter a number.',
  min: (n: number) => `Please enter ${count(n)} or more.`,
  max: (n: number) => `Please enter ${count(n)} or less.`,
  date: 'Please enter a date, like 2025-01-31.',
  datetime: 'Please enter a date and time.',
  time: 'Please enter a time, like 14:30.',
};
